import { execFile } from "node:child_process";
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

import { describe, expect, it } from "vitest";

import { applyMisprint, copyDataDir, loadMisprints, REAL_DATA_DIR } from "../test/data-dir";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

async function validate(
  dataDir: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ["scripts/validate.ts"], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const abs = path.join(entry.parentPath, entry.name);
      out.set(path.relative(dir, abs), await readFile(abs, "utf8"));
    }
  }
  return out;
}

describe("npm run validate", () => {
  it("passes on the real data with a one-line summary", { timeout: 30_000 }, async () => {
    const { code, stdout } = await validate(REAL_DATA_DIR);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(stdout).toMatch(/^data OK .*24 figures/);
  });

  describe("fails on each misprint fixture, naming it, and changes nothing", async () => {
    const fixtures = await loadMisprints();
    it.each(fixtures.map((f) => [f.name, f] as const))(
      "%s",
      { timeout: 30_000 },
      async (_name, fixture) => {
        const dir = await copyDataDir();
        try {
          await applyMisprint(dir, fixture);
          const before = await snapshot(dir);
          const { code, stderr } = await validate(dir);
          expect(code).toBe(1);
          expect(stderr).toContain(`${fixture.file} › ${fixture.expect.path}: `);
          expect(await snapshot(dir)).toEqual(before);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
    );
  });
});
