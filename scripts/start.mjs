/**
 * `npm start`: builds when there is no build of the current sources, then runs `next start` on PORT
 * (default 3000). The fingerprint covers everything that goes into the build; data/ is read at run
 * time, not built in.
 */
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

import { isCurrentBuild, lastBuildSeconds } from "./build-state.mjs";
import { recordServer } from "./running-servers.mjs";
import { sourceFingerprint } from "./source-fingerprint.mjs";
import { buildNotice } from "./start-notice.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

if (!isCurrentBuild(ROOT, sourceFingerprint())) {
  // The package's own build script, so there is one definition of a build; it marks the build whole,
  // and refuses while another server runs from this .next (scripts/running-servers.mjs).
  console.log(buildNotice(lastBuildSeconds(ROOT)));
  const result = spawnSync("npm", ["run", "build"], { cwd: ROOT, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  console.log("Build done: starting the server.");
}

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const server = spawn(
  process.execPath,
  [nextBin, "start", "--port", process.env.PORT || "3000", ...process.argv.slice(2)],
  { cwd: ROOT, env, stdio: "inherit" },
);
recordServer(ROOT, process.env.PORT || "3000");
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
