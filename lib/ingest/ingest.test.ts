import { spawnSync } from "node:child_process";
import { closeSync, constants, existsSync, openSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it, vi } from "vitest";

import { applyMisprint, copyDataDir, loadMisprints, snapshotDir } from "../../test/data-dir";
import { readDataDir } from "../data/store";
import { formatIssue } from "../data/validation-issue";
import { ingestRevision, readRevisionFile, revisionFileId } from "./ingest";
import { revisionFromResultsCsv } from "./results-csv";

const dirs: string[] = [];
const fifos: string[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  // A reader blocked on a FIFO holds a thread of the pool until a writer comes: be that writer.
  for (const fifo of fifos.splice(0)) {
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // ENXIO: nobody is reading it.
    }
  }
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
async function scratch(): Promise<string> {
  const d = await copyDataDir();
  dirs.push(d);
  return d;
}

const FINAL = "datasets/kz-2022-presidential/revisions/2022-11-22T1200-final.json";

/** The id of a process that has just ended, as a killed ingest leaves in the names of its files. */
function deadPid(): number {
  return Number(
    spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
      encoding: "utf8",
    }).stdout,
  );
}

async function certified(
  dir: string,
  asOf = "2022-11-30T12:00:00+06:00",
  patch: Record<string, unknown> = {},
) {
  const final = JSON.parse(await readFile(path.join(dir, FINAL), "utf8")) as Record<
    string,
    unknown
  >;
  return { ...final, status: "certified", asOf, ...patch };
}

describe(revisionFileId, () => {
  it("makes a sortable id free of colons", () => {
    expect(revisionFileId("2022-11-22T12:00:00+06:00", "final")).toBe("2022-11-22T0600Z-final");
  });

  it("names a time by its instant, so the same clock time in two offsets gets two ids", () => {
    expect(revisionFileId("2024-03-20T12:00:00+05:00", "final")).toBe("2024-03-20T0700Z-final");
    expect(revisionFileId("2024-03-20T12:00:00+06:00", "final")).toBe("2024-03-20T0600Z-final");
    // Past midnight in UTC the date changes too.
    expect(revisionFileId("2022-11-21T02:30:00+06:00", "preliminary")).toBe(
      "2022-11-20T2030Z-preliminary",
    );
  });
});

describe(ingestRevision, () => {
  it("adds a valid revision as a new file and leaves the others byte for byte", async () => {
    const dir = await scratch();
    const before = await snapshotDir(dir);
    const result = await ingestRevision({
      dataDir: dir,
      datasetId: "kz-2022-presidential",
      revision: await certified(dir),
      origin: "new.json",
    });
    expect(result).toEqual({
      ok: true,
      file: "datasets/kz-2022-presidential/revisions/2022-11-30T0600Z-certified.json",
      revisionId: "2022-11-30T0600Z-certified",
    });
    const after = await snapshotDir(dir);
    for (const [file, bytes] of before) expect(after.get(file), file).toBe(bytes);
    expect(after.size).toBe(before.size + 1);
    const read = await readDataDir(dir);
    expect(
      read.ok &&
        read.data.elections.find((e) => e.meta.id === "kz-2022-presidential")!.revisions.at(-1)!
          .status,
    ).toBe("certified");
  });

  describe("rejects each misprint fixture and writes nothing", async () => {
    const fixtures = await loadMisprints();
    it.each(fixtures.map((f) => [f.name, f] as const))("%s", async (_name, fixture) => {
      // A data directory as it stood just before the misprinted revision arrived.
      const dir = await scratch();
      const misprinted = await copyDataDir();
      dirs.push(misprinted);
      await applyMisprint(misprinted, fixture);
      const revision = JSON.parse(await readFile(path.join(misprinted, fixture.file), "utf8")) as {
        asOf: string;
        status: string;
      };
      const revDir = path.dirname(path.join(dir, fixture.file));
      const names = await readdir(revDir);
      const later: string[] = [];
      for (const name of names) {
        const other = JSON.parse(await readFile(path.join(revDir, name), "utf8")) as {
          asOf: string;
        };
        if (Date.parse(other.asOf) >= Date.parse(revision.asOf)) later.push(name);
      }
      if (later.length < names.length) {
        for (const name of later) await rm(path.join(revDir, name));
      } else {
        // The dataset's only revision: the misprint arrives as a later, certified one instead.
        revision.asOf = new Date(Date.parse(revision.asOf) + 86_400_000)
          .toISOString()
          .replace("Z", "+00:00");
        revision.status = "certified";
      }
      const before = await snapshotDir(dir);
      const datasetId = fixture.file.split("/")[1]!;
      const result = await ingestRevision({
        dataDir: dir,
        datasetId,
        revision,
        origin: "incoming.json",
      });
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.issues.map(formatIssue).join("\n")).toContain(`› ${fixture.expect.path}: `);
      expect(await snapshotDir(dir)).toEqual(before);
    });
  });

  it("refuses to rewrite history: an older asOf, or an id that exists", async () => {
    const dir = await scratch();
    const old = await ingestRevision({
      dataDir: dir,
      datasetId: "kz-2022-presidential",
      revision: await certified(dir, "2022-11-22T11:00:00+06:00"),
      origin: "old.json",
    });
    expect(old.ok).toBe(false);
    if (!old.ok)
      expect(formatIssue(old.issues[0]!)).toMatch(
        /^old\.json › asOf: .* is not after the newest revision 2022-11-22T1200-final/,
      );
  });

  it("names schema problems in the incoming file and unknown datasets", async () => {
    const dir = await scratch();
    const bad = await ingestRevision({
      dataDir: dir,
      datasetId: "kz-2022-presidential",
      revision: { status: "draft" },
      origin: "bad.json",
    });
    expect(bad.ok || bad.issues.map(formatIssue)).toEqual(
      expect.arrayContaining([
        'bad.json › status: Invalid option: expected one of "preliminary"|"final"|"certified"',
      ]),
    );
    const unknown = await ingestRevision({
      dataDir: dir,
      datasetId: "kz-1999",
      revision: {},
      origin: "x.json",
    });
    expect(unknown.ok || formatIssue(unknown.issues[0]!)).toMatch(/unknown dataset "kz-1999"/);
  });

  it("keeps both of two concurrent ingests, and only one of two that collide", async () => {
    const dir = await scratch();
    const [a, b] = await Promise.all([
      ingestRevision({
        dataDir: dir,
        datasetId: "kz-2022-presidential",
        revision: await certified(dir, "2022-11-30T12:00:00+06:00"),
        origin: "a.json",
      }),
      ingestRevision({
        dataDir: dir,
        datasetId: "kz-2022-presidential",
        revision: await certified(dir, "2022-12-01T12:00:00+06:00"),
        origin: "b.json",
      }),
    ]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    const [c, d] = await Promise.all([
      ingestRevision({
        dataDir: dir,
        datasetId: "kz-2022-presidential",
        revision: await certified(dir, "2022-12-05T12:00:00+06:00"),
        origin: "c.json",
      }),
      ingestRevision({
        dataDir: dir,
        datasetId: "kz-2022-presidential",
        revision: await certified(dir, "2022-12-05T12:00:00+06:00"),
        origin: "d.json",
      }),
    ]);
    expect([c.ok, d.ok].sort()).toEqual([false, true]);
    const read = await readDataDir(dir);
    expect(
      read.ok &&
        read.data.elections
          .find((e) => e.meta.id === "kz-2022-presidential")!
          .revisions.map((r) => r.id),
    ).toEqual([
      "2022-11-21T1200-preliminary",
      "2022-11-22T1200-final",
      "2022-11-30T0600Z-certified",
      "2022-12-01T0600Z-certified",
      "2022-12-05T0600Z-certified",
    ]);
    expect(
      (await readdir(path.join(dir, "datasets/kz-2022-presidential/revisions"))).some((n) =>
        n.includes(".tmp-"),
      ),
    ).toBe(false);
  });

  it("builds a revision from a CSV results table", async () => {
    const dir = await scratch();
    const base = JSON.parse(await readFile(path.join(dir, FINAL), "utf8"));
    const csv =
      "\uFEFFoption,votes,share\r\ntokayev,6456393,81.31\r\ndairabayev,271641,3.42\r\nabden,206206,2.60\r\nkazhyken,200907,2.53\r\nauesbayev,176116,2.22\r\ntursynbekova,168731,2.12\r\nagainst-all,460484,5.80\r\n";
    const revision = revisionFromResultsCsv(csv, base, {
      status: "certified",
      asOf: "2022-11-30T12:00:00+06:00",
      sourceIds: ["kazinform-2022-final"],
    });
    const result = await ingestRevision({
      dataDir: dir,
      datasetId: "kz-2022-presidential",
      revision,
      origin: "results.csv",
    });
    expect(result.ok).toBe(true);
    const misprinted = revisionFromResultsCsv(csv.replace("200907", "300907"), base, {
      status: "certified",
      asOf: "2022-12-01T12:00:00+06:00",
      sourceIds: ["kazinform-2022-final"],
    });
    const rejected = await ingestRevision({
      dataDir: dir,
      datasetId: "kz-2022-presidential",
      revision: misprinted,
      origin: "results.csv",
    });
    expect(rejected.ok || rejected.issues.map(formatIssue).join("\n")).toContain(
      "results[3].votes: 300907 gives 3.79%",
    );
  });

  it("keeps two releases stamped with the same clock time in different offsets", async () => {
    const dir = await scratch();
    const at = async (asOf: string) =>
      ingestRevision({
        dataDir: dir,
        datasetId: "kz-2022-presidential",
        revision: await certified(dir, asOf),
        origin: `${asOf}.json`,
      });
    const first = await at("2022-11-30T12:00:00+06:00");
    const second = await at("2022-11-30T12:00:00+05:00");
    expect([first.ok, second.ok]).toEqual([true, true]);
    expect(first.ok && second.ok && [first.revisionId, second.revisionId]).toEqual([
      "2022-11-30T0600Z-certified",
      "2022-11-30T0700Z-certified",
    ]);
  });

  it("rejects a release whose counts were all multiplied, and writes nothing", async () => {
    const dir = await scratch();
    const before = await snapshotDir(dir);
    const revision = (await certified(dir)) as Record<string, unknown>;
    const e = revision.electorate as Record<string, number>;
    for (const k of Object.keys(e)) e[k] = e[k]! * 1e7;
    for (const row of revision.results as { votes: number }[]) row.votes *= 1e7;
    delete revision.abroad;
    const result = await ingestRevision({
      dataDir: dir,
      datasetId: "kz-2022-presidential",
      revision,
      origin: "times-ten-million.json",
    });
    expect(result.ok || result.issues.map(formatIssue).join("\n")).toMatch(
      /registeredVoters: 119,534,650,000,000 registered voters is more than Kazakhstan's population/,
    );
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it("clears scratch copies left by a killed ingest, and only those", async () => {
    const dir = await scratch();
    // A temp directory of this test's own: other test files run ingests in this process (worker
    // threads share its pid), and their scratch copies would otherwise show up in the listing.
    const ownTmp = await mkdtemp(path.join(tmpdir(), "kz-ingest-test-tmp-"));
    dirs.push(ownTmp);
    vi.stubEnv("TMPDIR", ownTmp);
    const dead = Number(
      spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
        encoding: "utf8",
      }).stdout,
    );
    const abandoned = path.join(tmpdir(), `kz-ingest-${dead}-abandoned`);
    const live = path.join(tmpdir(), `kz-ingest-${process.pid}-in-use`);
    await mkdir(abandoned, { recursive: true });
    await mkdir(live, { recursive: true });
    dirs.push(live);
    const result = await ingestRevision({
      dataDir: dir,
      datasetId: "kz-2022-presidential",
      revision: await certified(dir),
      origin: "a.json",
    });
    expect(result.ok).toBe(true);
    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(
      (await readdir(tmpdir())).filter((n) => n.startsWith(`kz-ingest-${process.pid}-`)),
    ).toEqual([`kz-ingest-${process.pid}-in-use`]);
  });

  it("refuses a revision dated more than the stated margin after now, naming the file, its asOf, the time now and the margin", async () => {
    const dir = await scratch();
    const before = await snapshotDir(dir);
    const limits = JSON.parse(await readFile(path.join(dir, "limits.json"), "utf8")) as {
      revisionAsOf?: { maxMinutesAhead: number };
    };
    for (const asOf of ["2202-11-23T12:00:00+06:00", "9999-12-31T00:00:00Z"]) {
      const started = Date.now();
      const result = await ingestRevision({
        dataDir: dir,
        datasetId: "kz-2022-presidential",
        revision: await certified(dir, asOf),
        origin: "future.json",
      });
      expect(result.ok).toBe(false);
      const message = result.ok ? "" : formatIssue(result.issues[0]!);
      expect(message).toMatch(/^future\.json › asOf: /);
      expect(message).toContain(asOf);
      expect(message).toContain(`${limits.revisionAsOf?.maxMinutesAhead} minutes`);
      expect(message).toContain("data/limits.json");
      const now = Date.parse(/now is (\S+?)[;,)]/.exec(message)?.[1] ?? "");
      expect(now).toBeGreaterThanOrEqual(Math.floor(started / 1000) * 1000);
      expect(now).toBeLessThanOrEqual(Date.now());
    }
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it("accepts a revision dated a few minutes ahead of this machine's clock", async () => {
    const dir = await scratch();
    const asOf = new Date(Date.now() + 5 * 60_000).toISOString();
    const result = await ingestRevision({
      dataDir: dir,
      datasetId: "kz-2022-presidential",
      revision: await certified(dir, asOf),
      origin: "soon.json",
    });
    expect(result.ok || result.issues.map(formatIssue)).toBe(true);
  });

  it("refuses a revision larger than data/limits.json allows, naming its size and the limit", async () => {
    const dir = await scratch();
    const before = await snapshotDir(dir);
    const result = await ingestRevision({
      dataDir: dir,
      datasetId: "kz-2022-presidential",
      revision: await certified(dir, undefined, { note: "x".repeat(2 * 1024 * 1024) }),
      origin: "huge.json",
    });
    expect(result.ok).toBe(false);
    expect(result.ok || formatIssue(result.issues[0]!)).toMatch(
      /^huge\.json: is 2,09\d,\d{3} bytes as JSON; a revision may have at most 1,048,576 bytes \(data\/limits\.json › revisionFile\.maxBytes\)/,
    );
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it("removes temp files left by killed ingests, and not one an ingest may still be writing", async () => {
    const dir = await scratch();
    const dead = path.join(dir, `${FINAL}.tmp-${deadPid()}-${Date.now()}`);
    // A live pid on a file an hour old: no write takes that long, so the pid was reused.
    const reused = path.join(dir, `${FINAL}.tmp-${process.pid}-${Date.now() - 3_600_000}`);
    const writing = path.join(dir, `${FINAL}.tmp-${process.pid}-${Date.now()}`);
    for (const f of [dead, reused, writing]) await writeFile(f, "{");
    const result = await ingestRevision({
      dataDir: dir,
      datasetId: "kz-2022-presidential",
      revision: await certified(dir),
      origin: "a.json",
    });
    expect(result.ok).toBe(true);
    expect([existsSync(dead), existsSync(reused), existsSync(writing)]).toEqual([
      false,
      false,
      true,
    ]);
  });
});

describe(readRevisionFile, () => {
  it("refuses a file over the limit before reading it, naming the file, its size and the limit", async () => {
    const dir = await scratch();
    const file = path.join(dir, "big.json");
    // Sparse: 50 MiB that take no disk space, and would take 50 MiB and more of memory if read.
    await writeFile(file, "");
    await truncate(file, 50 * 1024 * 1024);
    const read = await readRevisionFile(file, { maxBytes: 1024 * 1024 });
    expect(read).toEqual({
      ok: false,
      message: `${file}: is 52,428,800 bytes; a revision may have at most 1,048,576 bytes (data/limits.json › revisionFile.maxBytes)`,
    });
  });

  it("stops reading at the limit when a file holds more than its size said", async () => {
    // /proc files report a size of 0 and hold more: the same as a file that grew after the stat.
    const read = await readRevisionFile("/proc/self/status", { maxBytes: 64 });
    expect(read).toEqual({
      ok: false,
      message:
        "/proc/self/status: holds more than 64 bytes; a revision may have at most 64 bytes (data/limits.json › revisionFile.maxBytes)",
    });
  });

  it("refuses what is not a regular file", async () => {
    const dir = await scratch();
    const fifo = path.join(dir, "pipe.json");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    fifos.push(fifo);
    expect(await readRevisionFile(fifo, { maxBytes: 1024 })).toEqual({
      ok: false,
      message: `${fifo}: is a FIFO, not a regular file`,
    });
    expect(await readRevisionFile(dir, { maxBytes: 1024 })).toEqual({
      ok: false,
      message: `${dir}: is a directory, not a regular file`,
    });
  });

  it("reads a small file and drops a byte-order mark", async () => {
    const dir = await scratch();
    const file = path.join(dir, "small.json");
    await writeFile(file, '\uFEFF{"a":1}');
    // 10 bytes with the mark: exactly at the limit is within it.
    expect(await readRevisionFile(file, { maxBytes: 10 })).toEqual({ ok: true, text: '{"a":1}' });
  });
});
