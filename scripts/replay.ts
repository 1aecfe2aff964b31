/**
 * npm run replay -- --interval <seconds> [--port <port>]
 * Serves the dashboard from a scratch copy of data/ that holds only the first turnout release of election
 * day, then ingests the next release every interval through the normal ingest path, until the final result.
 * data/ itself is never touched. Ctrl+C stops the server and removes the scratch copy.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import { DATASETS_DIR, resolveDataDir } from "../lib/data/store";
import { ingestRevision } from "../lib/ingest/ingest";
import { notifyServer } from "../lib/ingest/notify";
import { formatIssues } from "../lib/data/validation-issue";
import { waitForUrl } from "./wait-for.mjs";

const DATASET = "kz-2022-turnout-intraday";
const { values } = parseArgs({
  options: {
    interval: { type: "string", default: "10" },
    port: { type: "string", default: process.env.PORT ?? "3000" },
  },
});
const interval = Number(values.interval);
if (!Number.isFinite(interval) || interval < 1 || interval > 3600) {
  console.error("--interval takes seconds between 1 and 3600");
  process.exit(2);
}

const scratch = await mkdtemp(path.join(tmpdir(), "kz-replay-"));
await cp(resolveDataDir(), scratch, { recursive: true });
const revDir = path.join(scratch, DATASETS_DIR, DATASET, "revisions");
const names = (await readdir(revDir)).filter((n) => n.endsWith(".json")).sort();
const pending = await Promise.all(
  names
    .slice(1)
    .map(async (n) => ({ name: n, text: await readFile(path.join(revDir, n), "utf8") })),
);
await Promise.all(names.slice(1).map((n) => rm(path.join(revDir, n))));

const token = randomBytes(24).toString("hex");
const base = `http://127.0.0.1:${values.port}`;
const server = spawn(process.execPath, ["scripts/start.mjs"], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATA_DIR: scratch,
    REVALIDATE_TOKEN: token,
    PORT: values.port,
    SITE_URL: base,
    REVISION_POLL_SECONDS: String(Math.min(interval, 5)),
  },
});
async function stop(code: number): Promise<never> {
  server.kill("SIGTERM");
  await rm(scratch, { recursive: true, force: true });
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

if (!(await waitForUrl(`${base}/api/revision`, { timeoutMs: 600_000, intervalMs: 1000 })))
  await stop(1);
console.log(
  `replay: serving ${base} from ${scratch} with the first release (${names[0]}); next release in ${interval} s`,
);

for (const { name, text } of pending) {
  await new Promise((r) => setTimeout(r, interval * 1000));
  const result = await ingestRevision({
    datasetId: DATASET,
    revision: JSON.parse(text),
    origin: `replay:${name}`,
    dataDir: scratch,
  });
  if (!result.ok) {
    console.error(formatIssues(result.issues));
    await stop(1);
  } else {
    console.log(`replay: ingested ${result.revisionId}; ${await notifyServer(base, token)}`);
  }
}
console.log("replay: reached the final result. The dashboard keeps serving; Ctrl+C to stop.");
