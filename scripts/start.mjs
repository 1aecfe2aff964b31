/**
 * `npm start`: builds when there is no build of the current sources, then serves on PORT (default 3000).
 * The fingerprint covers everything that goes into the build; data/ is read at request time, not built in.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "package-lock.json",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "scripts/compile-hints.mjs",
];
const FINGERPRINT_FILE = path.join(ROOT, ".next", "source-fingerprint");

function files(rel) {
  const abs = path.join(ROOT, rel);
  if (!existsSync(abs)) return [];
  if (!statSync(abs).isDirectory()) return [rel];
  return readdirSync(abs)
    .sort()
    .flatMap((name) => files(path.join(rel, name)));
}

function fingerprint() {
  const hash = createHash("sha256");
  // Unit tests sit beside the code they test but are not built in; editing one needs no rebuild.
  for (const file of INPUTS.flatMap(files).filter((f) => !/\.test\.tsx?$/.test(f))) {
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(path.join(ROOT, file)))
      .update("\0");
  }
  return hash.digest("hex");
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const current = fingerprint();
const built =
  existsSync(path.join(ROOT, ".next", "BUILD_ID")) &&
  existsSync(FINGERPRINT_FILE) &&
  readFileSync(FINGERPRINT_FILE, "utf8") === current;

if (!built) {
  // The package's own build script, so there is one definition of a build (next build, then the
  // compile hints).
  console.log("No build of the current sources: running npm run build...");
  const result = spawnSync("npm", ["run", "build"], { cwd: ROOT, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(FINGERPRINT_FILE, current);
}

const server = spawn(process.execPath, [path.join(ROOT, "scripts", "serve.mjs")], {
  cwd: ROOT,
  env: { ...env, PORT: process.env.PORT || "3000" },
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
