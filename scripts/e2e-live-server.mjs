/**
 * The second server of the Playwright suite, on a scratch data/ (scripts/live-data.mjs) that the
 * live-update tests ingest the 22:00 release into. Started after the first server, which builds when
 * needed.
 */
import { spawn } from "node:child_process";
import path from "node:path";

import { prepareLiveData } from "./live-data.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const dir = process.env.E2E_LIVE_DATA_DIR;
if (!dir) throw new Error("E2E_LIVE_DATA_DIR must name the scratch data directory");
prepareLiveData(dir);
const server = spawn(process.execPath, [path.join(ROOT, "scripts", "start.mjs")], {
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
