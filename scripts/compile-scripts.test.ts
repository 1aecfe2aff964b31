import { execFile } from "node:child_process";
import { builtinModules } from "node:module";
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { afterEach, describe, expect, it } from "vitest";

import { copyDataDir } from "../test/data-dir";
import {
  bundleImports,
  compiledScript,
  isCompiled,
  PRODUCTION_DEPENDENCIES,
  SCRIPTS,
} from "./compile-scripts.mjs";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");
const FINAL = "datasets/kz-2022-presidential/revisions/2022-11-22T1200-final.json";

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** What an installation without dev dependencies can import: Node's built-ins and `dependencies`. */
const productionImport = (spec: string) =>
  spec.startsWith("node:") ||
  builtinModules.includes(spec) ||
  PRODUCTION_DEPENDENCIES.some((d) => spec === d || spec.startsWith(`${d}/`));

describe("the compiled scripts (npm run ingest, npm run replay)", () => {
  it.each(Object.keys(SCRIPTS))(
    "dist/%s.mjs imports nothing but Node's built-ins and production dependencies",
    { timeout: 30_000 },
    async (name) => {
      await compiledScript(name);
      expect(isCompiled(name)).toBe(true);
      const imports = bundleImports(name);
      expect(imports).toContain("zod");
      expect(imports.filter((i) => !productionImport(i))).toEqual([]);
    },
  );

  it(
    "ingest adds a revision from a folder that holds only the bundle and the production dependencies",
    { timeout: 30_000 },
    async () => {
      // No tsx, no TypeScript sources, no dev dependency within reach: what `npm ci --omit=dev` leaves.
      const bare = await mkdtemp(path.join(tmpdir(), "kz-ingest-bare-"));
      dirs.push(bare);
      await copyFile(await compiledScript("ingest"), path.join(bare, "ingest.mjs"));
      await mkdir(path.join(bare, "node_modules"));
      for (const dep of bundleImports("ingest").filter((i) => !i.startsWith("node:"))) {
        const top = dep.split("/")[0]!;
        await symlink(
          path.join(ROOT, "node_modules", top),
          path.join(bare, "node_modules", top),
        ).catch((e: NodeJS.ErrnoException) => {
          if (e.code !== "EEXIST") throw e;
        });
      }
      const dir = await copyDataDir();
      dirs.push(dir);
      const revision = {
        ...JSON.parse(await readFile(path.join(dir, FINAL), "utf8")),
        status: "certified",
        asOf: "2022-11-30T12:00:00+06:00",
      };
      const file = path.join(bare, "certified.json");
      await writeFile(file, JSON.stringify(revision));
      const { stdout } = await run(
        process.execPath,
        [path.join(bare, "ingest.mjs"), file, "--dataset", "kz-2022-presidential"],
        {
          cwd: bare,
          env: { ...process.env, DATA_DIR: dir, REVALIDATE_TOKEN: "" },
          timeout: 25_000,
        },
      );
      expect(stdout).toContain(
        "added datasets/kz-2022-presidential/revisions/2022-11-30T0600Z-certified.json",
      );
    },
  );

  it("npm run ingest runs the compiled file with its arguments", { timeout: 30_000 }, async () => {
    const result = await run(process.execPath, ["scripts/run-compiled.mjs", "ingest", "--nope"], {
      cwd: ROOT,
    }).catch((e: { code: number; stderr: string }) => e);
    expect("code" in result && result.code).toBe(2);
    expect(result.stderr).toContain("usage: npm run ingest");
  });
});
