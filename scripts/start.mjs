/**
 * `npm start`: builds when there is no build of the current sources, then runs `next start` on PORT
 * (default 3000). The fingerprint covers everything that goes into the build; data/ is read at run
 * time, not built in.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

import { sourceFingerprint } from "./source-fingerprint.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const FINGERPRINT_FILE = path.join(ROOT, ".next", "source-fingerprint");

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const current = sourceFingerprint();
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

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const server = spawn(
  process.execPath,
  [nextBin, "start", "--port", process.env.PORT || "3000", ...process.argv.slice(2)],
  { cwd: ROOT, env, stdio: "inherit" },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
