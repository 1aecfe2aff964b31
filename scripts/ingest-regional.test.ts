import { execFile } from "node:child_process";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

import { afterEach, describe, expect, it } from "vitest";

import { copyDataDir, REAL_DATA_DIR, snapshotDir } from "../test/data-dir";
import { inventedSplit, toLongCsv } from "../test/fixtures/regional/invented-split";
import { readDataDir } from "../lib/data/store";
import { compiledScript } from "./compile-scripts.mjs";

const run = promisify(execFile);
// The compiled command that `npm run ingest` runs (compiled here when its sources changed).
const INGEST = await compiledScript("ingest");
const ROOT = path.resolve(import.meta.dirname, "..");
const ELECTION = "kz-2022-presidential";
const REVISION = "2022-11-22T1200-final";

const read = await readDataDir(REAL_DATA_DIR);
if (!read.ok) throw new Error("real data must validate");
const real = read.data;

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A scratch data directory, and a file beside it (outside it, as an incoming file would be). */
async function setUp(name: string, text: string) {
  const dir = await copyDataDir();
  const file = path.join(dir, "..", `${path.basename(dir)}-${name}`);
  dirs.push(dir, file);
  await writeFile(file, text);
  return { dir, file };
}

async function ingest(dataDir: string, args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [INGEST, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, REVALIDATE_TOKEN: "" },
      timeout: 25_000,
      killSignal: "SIGKILL",
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const target = ["--dataset", ELECTION, "--regional", REVISION];

describe("npm run ingest -- --regional", () => {
  it("adds results by region from JSON, and says where", { timeout: 30_000 }, async () => {
    const split = inventedSplit(real, ELECTION, REVISION, { abroad: true });
    const { dir, file } = await setUp("regions.json", `\uFEFF${JSON.stringify(split)}`);
    const { code, stdout } = await ingest(dir, [file, ...target]);
    expect(code).toBe(0);
    expect(stdout).toContain(`added datasets/${ELECTION}/regional/${REVISION}.json`);
  });

  it(
    "adds them from a long CSV with its sources, share precision and declared note",
    { timeout: 30_000 },
    async () => {
      const split = inventedSplit(real, ELECTION, REVISION, { abroad: true });
      const { dir, file } = await setUp("regions.csv", toLongCsv(split));
      const sources = split.sourceIds.flatMap((s) => ["--source", s]);
      const { code, stdout, stderr } = await ingest(dir, [
        file,
        ...target,
        ...sources,
        "--share-precision",
        String(split.sharePrecision),
        "--declared-note",
        "voters abroad (invented test numbers)",
      ]);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(stdout).toContain(`added datasets/${ELECTION}/regional/${REVISION}.json`);
    },
  );

  it(
    "prints every problem of a CSV that does not add up, exits 1 and writes nothing",
    { timeout: 30_000 },
    async () => {
      const split = inventedSplit(real, ELECTION, REVISION, { abroad: true, shares: false });
      split.units[4]!.results[0]!.votes += 1000;
      const { dir, file } = await setUp("regions.csv", toLongCsv(split));
      const before = await snapshotDir(dir);
      const { code, stderr } = await ingest(dir, [
        file,
        ...target,
        "--source",
        split.sourceIds[0]!,
        "--declared-note",
        "voters abroad (invented test numbers)",
      ]);
      expect(code).toBe(1);
      expect(stderr).toContain('› units: votes for "tokayev": the units add up to');
      expect(stderr).toContain("nothing was written");
      expect(await snapshotDir(dir)).toEqual(before);
    },
  );

  it(
    "refuses an unreadable CSV, regional or not, with a message and no stack trace",
    { timeout: 30_000 },
    async () => {
      const { dir, file } = await setUp("broken.csv", 'option,votes\ntokayev,"6456393\n');
      const before = await snapshotDir(dir);
      const regional = await ingest(dir, [file, ...target, "--source", "kazinform-2022-final"]);
      const results = await ingest(dir, [
        file,
        "--dataset",
        ELECTION,
        "--status",
        "certified",
        "--as-of",
        "2022-11-30T12:00:00+06:00",
        "--source",
        "kazinform-2022-final",
      ]);
      for (const { code, stderr } of [regional, results]) {
        expect(code).toBe(1);
        expect(stderr).toContain(`${file}: is not a readable CSV: Quote Not Closed`);
        expect(stderr).not.toMatch(/^\s+at /m);
      }
      expect(await snapshotDir(dir)).toEqual(before);
    },
  );
});
