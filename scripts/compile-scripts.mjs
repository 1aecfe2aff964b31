/**
 * Compiles the command-line scripts that run on a server (`npm run ingest`, `npm run replay`) into
 * single files in dist/, so that they run with production dependencies alone: an election-night
 * host installed with `npm ci --omit=dev` has no tsx. Bundled with esbuild (a dev dependency, so
 * compiling is part of `npm run build`); the path aliases (`@/…`, `#number-words`) and the project's
 * own code are bundled in, production dependencies and Node's built-ins stay imports.
 *
 * Each bundle is kept with esbuild's metafile and a fingerprint of its inputs' bytes:
 * `compiledScript(name)` rebuilds a bundle whose sources changed since (scripts/run-compiled.mjs).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = path.resolve(import.meta.dirname, "..");
export const DIST = path.join(ROOT, "dist");
export const SCRIPTS = { ingest: "scripts/ingest.ts", replay: "scripts/replay.ts" };

const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
export const PRODUCTION_DEPENDENCIES = Object.keys(pkg.dependencies ?? {});

const bundlePath = (name) => path.join(DIST, `${name}.mjs`);
const metaPath = (name) => path.join(DIST, `${name}.meta.json`);
const fingerprintPath = (name) => path.join(DIST, `${name}.fingerprint`);

/** A hash of the bytes of every file a bundle was built from (paths relative to the root). */
function fingerprint(inputs) {
  const hash = createHash("sha256");
  for (const file of [...inputs].sort()) {
    hash.update(`${file}\0`);
    const abs = path.join(ROOT, file);
    hash.update(existsSync(abs) ? readFileSync(abs) : "missing");
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** Replaces a file whole (temp file, then rename): two builds at once never leave half a file. */
function writeWhole(file, data) {
  const temp = `${file}.tmp-${process.pid}-${Date.now()}`;
  writeFileSync(temp, data);
  renameSync(temp, file);
}

/** Bundles one script into dist/<name>.mjs; returns esbuild's metafile. */
export async function compileScript(name) {
  const { build } = await import("esbuild").catch(() => {
    throw new Error(
      `dist/${name}.mjs is missing or out of date, and compiling it needs the dev dependencies: ` +
        "run `npm install` and `npm run build` (or `node scripts/compile-scripts.mjs`) first",
    );
  });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [SCRIPTS[name]],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: bundlePath(name),
    write: false,
    metafile: true,
    logLevel: "warning",
    external: PRODUCTION_DEPENDENCIES.flatMap((d) => [d, `${d}/*`]),
    // Bundled CommonJS (if any) calls require(); an ES module has none of its own.
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
  });
  mkdirSync(DIST, { recursive: true });
  const [out] = result.outputFiles;
  writeWhole(bundlePath(name), out.contents);
  writeWhole(metaPath(name), JSON.stringify(result.metafile, null, 1));
  writeWhole(fingerprintPath(name), fingerprint(Object.keys(result.metafile.inputs)));
  return result.metafile;
}

/** Whether dist/<name>.mjs is there and built from the sources as they are now. */
export function isCompiled(name) {
  if (![bundlePath(name), metaPath(name), fingerprintPath(name)].every((f) => existsSync(f)))
    return false;
  const meta = JSON.parse(readFileSync(metaPath(name), "utf8"));
  return (
    readFileSync(fingerprintPath(name), "utf8") === fingerprint(Object.keys(meta.inputs)) &&
    Object.keys(meta.inputs).includes(SCRIPTS[name])
  );
}

/** The path of dist/<name>.mjs, compiled first when it is missing or its sources changed. */
export async function compiledScript(name) {
  if (!(name in SCRIPTS)) throw new Error(`no compiled script named ${name}`);
  if (!isCompiled(name)) await compileScript(name);
  return bundlePath(name);
}

/** The modules a bundle still imports, from its metafile. */
export function bundleImports(name) {
  const meta = JSON.parse(readFileSync(metaPath(name), "utf8"));
  return [...new Set(Object.values(meta.outputs).flatMap((o) => o.imports.map((i) => i.path)))];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  for (const name of Object.keys(SCRIPTS)) await compileScript(name);
