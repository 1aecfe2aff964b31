/**
 * `npm run build`: next build, then the steps that finish the build's files (compile hints, the
 * compiled command-line scripts), then the mark that tells `npm start` this build is whole and of
 * which sources. The fingerprint is taken before building, so sources edited during a build make
 * the next start rebuild.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

import { recordBuild } from "./build-state.mjs";
import { buildBlocked, runningServers } from "./running-servers.mjs";
import { sourceFingerprint } from "./source-fingerprint.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

const blocked = buildBlocked(runningServers(ROOT), "npm run build");
if (blocked) {
  console.error(blocked);
  process.exit(1);
}

const fingerprint = sourceFingerprint();
const started = Date.now();
for (const args of [
  [nextBin, "build"],
  [path.join(ROOT, "scripts", "compile-hints.mjs")],
  [path.join(ROOT, "scripts", "compile-scripts.mjs")],
]) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
recordBuild(ROOT, fingerprint, (Date.now() - started) / 1000);
