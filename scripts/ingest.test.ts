import { execFile } from "node:child_process";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

import { afterEach, describe, expect, it } from "vitest";

import { copyDataDir } from "../test/data-dir";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const FINAL = "datasets/kz-2022-presidential/revisions/2022-11-22T1200-final.json";

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function ingest(dataDir: string, args: string[]) {
  try {
    const { stdout, stderr } = await run(TSX, ["scripts/ingest.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, REVALIDATE_TOKEN: "" },
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
});
