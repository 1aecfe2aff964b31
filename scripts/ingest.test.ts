import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile, rm, truncate, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

import { afterEach, describe, expect, it } from "vitest";

import { copyDataDir, editJson, setPath } from "../test/data-dir";
import { compiledScript } from "./compile-scripts.mjs";

const run = promisify(execFile);
// The compiled command that `npm run ingest` runs (compiled here when its sources changed).
const INGEST = await compiledScript("ingest");
const ROOT = path.resolve(import.meta.dirname, "..");
const FINAL = "datasets/kz-2022-presidential/revisions/2022-11-22T1200-final.json";

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

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

describe("npm run ingest", () => {
  it(
    "adds a revision from a JSON file, byte-order mark and all, and says so",
    { timeout: 30_000 },
    async () => {
      const dir = await copyDataDir();
      dirs.push(dir);
      const revision = {
        ...JSON.parse(await readFile(path.join(dir, FINAL), "utf8")),
        status: "certified",
        asOf: "2022-11-30T12:00:00+06:00",
      };
      const file = path.join(dir, "..", `${path.basename(dir)}-certified.json`);
      // Windows editors save UTF-8 with a byte-order mark, which JSON.parse refuses.
      await writeFile(file, `\uFEFF${JSON.stringify(revision)}`);
      dirs.push(file);
      const { code, stdout } = await ingest(dir, [file, "--dataset", "kz-2022-presidential"]);
      expect(code).toBe(0);
      expect(stdout).toContain(
        "added datasets/kz-2022-presidential/revisions/2022-11-30T0600Z-certified.json",
      );
      expect(stdout).toContain("REVALIDATE_TOKEN is not set");
    },
  );

  it(
    "prints every problem of a misprinted CSV, exits 1 and writes nothing",
    { timeout: 30_000 },
    async () => {
      const dir = await copyDataDir();
      dirs.push(dir);
      const before = await readdir(path.join(dir, "datasets/kz-2022-presidential/revisions"));
      const csv = path.join(dir, "..", `${path.basename(dir)}-results.csv`);
      await writeFile(
        csv,
        "option,votes,share\ntokayev,6456393,81.31\ndairabayev,271641,3.42\nabden,206000,2.60\nkazhyken,300907,2.53\nauesbayev,176116,2.22\ntursynbekova,168731,2.12\nagainst-all,460484,5.80\n",
      );
      dirs.push(csv);
      const { code, stderr } = await ingest(dir, [
        csv,
        "--dataset",
        "kz-2022-presidential",
        "--status",
        "certified",
        "--as-of",
        "2022-11-30T12:00:00+06:00",
        "--source",
        "kazinform-2022-final",
      ]);
      expect(code).toBe(1);
      expect(stderr).toContain("results[2].votes: 206000 gives 2.59%");
      expect(stderr).toContain("results[3].votes: 300907 gives 3.79%");
      expect(stderr).toContain("nothing was written");
      expect(await readdir(path.join(dir, "datasets/kz-2022-presidential/revisions"))).toEqual(
        before,
      );
    },
  );

  it("explains its usage", { timeout: 30_000 }, async () => {
    const { code, stderr } = await ingest("/nonexistent", []);
    expect(code).toBe(2);
    expect(stderr).toContain("usage: npm run ingest");
  });

  it(
    "refuses a 50 MB file before reading it, naming its size and the limit, and writes nothing",
    { timeout: 30_000 },
    async () => {
      const dir = await copyDataDir();
      dirs.push(dir);
      const before = await readdir(path.join(dir, "datasets/kz-2022-presidential/revisions"));
      const big = path.join(dir, "..", `${path.basename(dir)}-big.json`);
      dirs.push(big);
      await writeFile(big, "");
      await truncate(big, 50 * 1024 * 1024);
      const { code, stderr } = await ingest(dir, [big, "--dataset", "kz-2022-presidential"]);
      expect(code).toBe(1);
      expect(stderr).toContain(
        `${big}: is 52,428,800 bytes; a revision may have at most 1,048,576 bytes (data/limits.json › revisionFile.maxBytes)`,
      );
      expect(await readdir(path.join(dir, "datasets/kz-2022-presidential/revisions"))).toEqual(
        before,
      );
    },
  );

  it(
    "exits 1 with a clear message and no stack trace while another process holds the lock",
    { timeout: 30_000 },
    async () => {
      const dir = await copyDataDir();
      dirs.push(dir);
      const lock = path.join(dir, ".ingest.lock");
      // This test's own process: alive, and not an ingest.
      await writeFile(lock, String(process.pid));
      const file = path.join(dir, "..", `${path.basename(dir)}-certified.json`);
      dirs.push(file);
      await writeFile(
        file,
        JSON.stringify({
          ...JSON.parse(await readFile(path.join(dir, FINAL), "utf8")),
          status: "certified",
          asOf: "2022-11-30T12:00:00+06:00",
        }),
      );
      const { code, stderr } = await ingest(dir, [
        file,
        "--dataset",
        "kz-2022-presidential",
        "--lock-wait",
        "1",
      ]);
      expect(code).toBe(1);
      expect(stderr).toContain(`another ingest holds ${lock} (pid ${process.pid}) since `);
      expect(stderr).toContain(`remove ${lock}`);
      expect(stderr).not.toMatch(/^\s+at /m);
      expect(await readFile(lock, "utf8")).toBe(String(process.pid));
    },
  );

  it(
    "retracts a revision dated in the future, and refuses an unknown one changing nothing",
    { timeout: 30_000 },
    async () => {
      const dir = await copyDataDir();
      dirs.push(dir);
      const revisions = path.join(dir, "datasets/kz-2022-presidential/revisions");
      const future = path.join(revisions, "2202-11-23T0600Z-certified.json");
      await writeFile(future, await readFile(path.join(dir, FINAL), "utf8"));
      await editJson(dir, path.relative(dir, future), (json) => {
        setPath(json, ["status"], "certified");
        setPath(json, ["asOf"], "2202-11-23T12:00:00+06:00");
      });
      const unknown = await ingest(dir, [
        "--retract",
        "2022-11-30T0600Z-certified",
        "--dataset",
        "kz-2022-presidential",
      ]);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain(
        'unknown revision "2022-11-30T0600Z-certified" in kz-2022-presidential; its revisions are 2022-11-21T1200-preliminary, 2022-11-22T1200-final, 2202-11-23T0600Z-certified',
      );
      expect(unknown.stderr).toContain("nothing was changed");
      expect(existsSync(future)).toBe(true);

      const { code, stdout } = await ingest(dir, [
        "--retract",
        "2202-11-23T0600Z-certified",
        "--dataset",
        "kz-2022-presidential",
      ]);
      expect(code).toBe(0);
      expect(stdout).toContain(
        "retracted datasets/kz-2022-presidential/revisions/2202-11-23T0600Z-certified.json",
      );
      expect(await readdir(revisions)).toEqual([
        "2022-11-21T1200-preliminary.json",
        "2022-11-22T1200-final.json",
      ]);
    },
  );
});
