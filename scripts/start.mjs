/**
 * `npm start`: builds when there is no build of the current sources, then runs `next start` on PORT
 * (default 3000). The fingerprint covers everything that goes into the build; data/ is read at run
 * time, not built in.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

import { sourceFingerprint } from "./source-fingerprint.mjs";
import { buildNotice } from "./start-notice.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const FINGERPRINT_FILE = path.join(ROOT, ".next", "source-fingerprint");
// How long the last build took here, so the next first start can say how long to wait. Kept outside
// .next, which a build replaces.
const BUILD_SECONDS_FILE = path.join(ROOT, "node_modules", ".cache", "kz-build-seconds");

function lastBuildSeconds() {
  try {
    const seconds = Number(readFileSync(BUILD_SECONDS_FILE, "utf8"));
    return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
  } catch {
    return undefined;
  }
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const current = sourceFingerprint();
const built =
  existsSync(path.join(ROOT, ".next", "BUILD_ID")) &&
  existsSync(FINGERPRINT_FILE) &&
  readFileSync(FINGERPRINT_FILE, "utf8") === current;

if (!built) {
  // The package's own build script, so there is one definition of a build (next build, then the
  // compile hints).
  console.log(buildNotice(lastBuildSeconds()));
  const started = Date.now();
  const result = spawnSync("npm", ["run", "build"], { cwd: ROOT, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(FINGERPRINT_FILE, current);
  mkdirSync(path.dirname(BUILD_SECONDS_FILE), { recursive: true });
  writeFileSync(BUILD_SECONDS_FILE, String(Math.round((Date.now() - started) / 1000)));
  console.log("Build done: starting the server.");
}

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const server = spawn(
  process.execPath,
  [nextBin, "start", "--port", process.env.PORT || "3000", ...process.argv.slice(2)],
  { cwd: ROOT, env, stdio: "inherit" },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
