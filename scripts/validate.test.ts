import { execFile, spawnSync } from "node:child_process";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

import { readDataDir } from "../lib/data/store";
import { toDerivedFigures } from "../lib/data/derived";
import { singleSourceCount } from "../lib/data/single-source";
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

  describe("fails on each misprint fixture, naming it, and changes nothing", async () => {
    const fixtures = await loadMisprints();
    it.each(fixtures.map((f) => [f.name, f] as const))(
      "%s",
      { timeout: 30_000 },
      async (_name, fixture) => {
        const dir = await copyDataDir();
        try {
          await applyMisprint(dir, fixture);
          const before = await snapshotDir(dir);
          const { code, stderr } = await validate(dir);
          expect(code).toBe(1);
          expect(stderr).toContain(`${fixture.file} › ${fixture.expect.path}: `);
          expect(await snapshotDir(dir)).toEqual(before);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
    );
  });

  it("reports a revision dated after now and the margin", { timeout: 30_000 }, async () => {
    const dir = await copyDataDir();
    try {
      const file = "datasets/kz-2022-presidential/revisions/2022-11-22T1200-final.json";
      await editJson(dir, file, (json) => setPath(json, ["asOf"], "2202-11-23T12:00:00+06:00"));
      const { code, stderr } = await validate(dir);
      expect(code).toBe(1);
      expect(stderr).toContain(
        `${file} › asOf: 2202-11-23T12:00:00+06:00 is more than 15 minutes after now`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it(
    "shows a FIFO among the revisions as a problem, and finishes",
    { timeout: 30_000 },
    async () => {
      const dir = await copyDataDir();
      try {
        const fifo = "datasets/kz-2022-turnout-intraday/revisions/2022-11-21T1200-final.json";
        expect(spawnSync("mkfifo", [path.join(dir, fifo)]).status).toBe(0);
        const { code, stderr } = await validate(dir);
        expect(code).toBe(1);
        expect(stderr).toContain(`${fifo}: is a FIFO, not a regular file`);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  it(
    "names a temp file left by an interrupted ingest, saying the next ingest removes it",
    { timeout: 30_000 },
    async () => {
      const dir = await copyDataDir();
      try {
        const dead = Number(
          spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
            encoding: "utf8",
          }).stdout,
        );
        const temp = `datasets/kz-2022-presidential/revisions/2022-11-30T0600Z-certified.json.tmp-${dead}-${Date.now()}`;
        await writeFile(path.join(dir, temp), '{"status":');
        const { code, stdout, stderr } = await validate(dir);
        // The data itself is whole: the temp file is never read.
        expect(code).toBe(0);
        expect(stdout).toMatch(/^data OK /);
        expect(stderr).toContain(
          `${temp}: left by an interrupted ingest (pid ${dead}, no longer running); the next ingest removes it`,
        );
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
