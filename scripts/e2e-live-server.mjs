/**
 * The second server of the Playwright suite: serves a scratch copy of data/ whose turnout series stops
 * at the 20:00 release, so the live-update tests can ingest the 22:00 release into it. Needs a build.
 */
import { spawn } from "node:child_process";
import { cpSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const dir = process.env.E2E_LIVE_DATA_DIR;
if (!dir) throw new Error("E2E_LIVE_DATA_DIR must name the scratch data directory");
rmSync(dir, { recursive: true, force: true });
cpSync(path.join(ROOT, "data"), dir, { recursive: true });
const revisions = path.join(dir, "datasets", "kz-2022-turnout-intraday", "revisions");
for (const name of readdirSync(revisions)) {
  if (name > "2022-11-20T2000-preliminary.json") rmSync(path.join(revisions, name));
}
const server = spawn(process.execPath, [path.join(ROOT, "scripts", "serve.mjs")], {
  cwd: ROOT,
  stdio: "inherit",
  env: {
    ...process.env,
    PORT: process.env.PORT ?? "3101",
    DATA_DIR: dir,
    NEXT_TELEMETRY_DISABLED: "1",
  },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
