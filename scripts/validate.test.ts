import { execFile, spawnSync } from "node:child_process";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

import { readDataDir } from "../lib/data/store";
import { toDerivedFigures } from "../lib/data/derived";
import { singleSourceCount } from "../lib/data/single-source";
import { formatIssues } from "../lib/data/validation-issue";
import { describeLeftover, findLeftovers } from "../lib/ingest/atomic";
import { describe, expect, it } from "vitest";

import {
  applyMisprint,
  copyDataDir,
  editJson,
  loadMisprints,
  REAL_DATA_DIR,
  setPath,
  snapshotDir,
} from "../test/data-dir";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");

async function validate(
  dataDir: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    // node itself rather than the tsx wrapper, so that the timeout's kill reaches the validator.
    const { stdout, stderr } = await run(
      process.execPath,
      ["--import", "tsx", "scripts/validate.ts"],
      {
        cwd: ROOT,
        env: { ...process.env, DATA_DIR: dataDir },
        // A validator that hangs is a failure, not a test that never ends.
        timeout: 25_000,
        killSignal: "SIGKILL",
      },
    );
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** What the command prints for a data directory that fails: the reader's issues, formatted. */
async function printedProblems(dir: string): Promise<string> {
  const result = await readDataDir(dir);
  if (result.ok) throw new Error(`${dir} was expected to fail`);
  return formatIssues(result.issues);
}

/** The pid of a process that has exited: what an interrupted ingest leaves in its temp file's name. */
const deadPid = () =>
  Number(
    spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
      encoding: "utf8",
    }).stdout,
  );

const FUTURE = "datasets/kz-2022-presidential/revisions/2022-11-22T1200-final.json";
const FUTURE_LINE = `${FUTURE} › asOf: 2202-11-23T12:00:00+06:00 is more than 15 minutes after now`;
const FIFO = "datasets/kz-2022-turnout-intraday/revisions/2022-11-21T1200-final.json";
const FIFO_LINE = `${FIFO}: is a FIFO, not a regular file`;

// The command is spawned three times, to prove its wiring: passing, failing (exit code, problems on
// stderr, nothing changed), and finishing with a FIFO in the data (a read blocked on it would keep
// the process alive), with a warning. Every other case goes through the same reader and formatter,
// checked in-process: a process each cost about two seconds.
describe("npm run validate", () => {
  it(
    "passes on the real data with a summary that counts what rests on one source",
    { timeout: 30_000 },
    async () => {
      const { code, stdout } = await validate(REAL_DATA_DIR);
      expect(code).toBe(0);
      const read = await readDataDir(REAL_DATA_DIR);
      if (!read.ok) throw new Error("real data must validate");
      const single = singleSourceCount(read.data, toDerivedFigures(read.data, "en"));
      const [summary, oneSource, ...rest] = stdout.trim().split("\n");
      expect(rest).toEqual([]);
      expect(summary).toMatch(new RegExp(`^data OK .*${read.data.figures.length} figures`));
      expect(oneSource).toContain(`${single.figures.length} of the article's figures`);
      expect(oneSource).toContain(single.revisions[0]);
    },
  );

  it(
    "fails naming a misprint and a revision dated after now, and changes nothing",
    { timeout: 30_000 },
    async () => {
      const [fixture] = await loadMisprints();
      const dir = await copyDataDir();
      try {
        await applyMisprint(dir, fixture!);
        await editJson(dir, FUTURE, (json) => setPath(json, ["asOf"], "2202-11-23T12:00:00+06:00"));
        const before = await snapshotDir(dir);
        const { code, stderr } = await validate(dir);
        expect(code).toBe(1);
        expect(stderr).toContain(`${fixture!.file} › ${fixture!.expect.path}: `);
        expect(stderr).toContain(FUTURE_LINE);
        expect(await snapshotDir(dir)).toEqual(before);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  it(
    "shows a FIFO among the revisions as a problem and finishes, warning of a temp file left by an interrupted ingest",
    { timeout: 30_000 },
    async () => {
      const dir = await copyDataDir();
      try {
        expect(spawnSync("mkfifo", [path.join(dir, FIFO)]).status).toBe(0);
        const dead = deadPid();
        const temp = `datasets/kz-2022-presidential/revisions/2022-11-30T0600Z-certified.json.tmp-${dead}-${Date.now()}`;
        await writeFile(path.join(dir, temp), '{"status":');
        const { code, stderr } = await validate(dir);
        expect(code).toBe(1);
        expect(stderr).toContain(FIFO_LINE);
        expect(stderr).toContain(
          `warning: ${temp}: left by an interrupted ingest (pid ${dead}, no longer running); the next ingest removes it`,
        );
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  describe("fails on each misprint fixture, naming it, and changes nothing", async () => {
    const fixtures = await loadMisprints();
    it.each(fixtures.map((f) => [f.name, f] as const))("%s", async (_name, fixture) => {
      const dir = await copyDataDir();
      try {
        await applyMisprint(dir, fixture);
        const before = await snapshotDir(dir);
        expect(await printedProblems(dir)).toContain(`${fixture.file} › ${fixture.expect.path}: `);
        expect(await snapshotDir(dir)).toEqual(before);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });

  it("reports a revision dated after now and the margin", async () => {
    const dir = await copyDataDir();
    try {
      await editJson(dir, FUTURE, (json) => setPath(json, ["asOf"], "2202-11-23T12:00:00+06:00"));
      expect(await printedProblems(dir)).toContain(FUTURE_LINE);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("only warns of a temp file left by an interrupted ingest: the data is whole without it", async () => {
    const dir = await copyDataDir();
    try {
      const dead = deadPid();
      const temp = `datasets/kz-2022-presidential/revisions/2022-11-30T0600Z-certified.json.tmp-${dead}-${Date.now()}`;
      await writeFile(path.join(dir, temp), '{"status":');
      expect((await readDataDir(dir)).ok).toBe(true);
      expect((await findLeftovers(dir)).map(describeLeftover)).toEqual([
        `${temp}: left by an interrupted ingest (pid ${dead}, no longer running); the next ingest removes it`,
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
