/**
 * `npm run lint:openapi`: writes the OpenAPI document the server would serve (built from data/) to a
 * temp file and lints it with Redocly (its `recommended` rules, redocly.yaml) and Spectral (its built-in
 * `spectral:oas`, .spectral.yaml). Any error or warning from either fails. Both run offline: Redocly's
 * telemetry and update check are turned off, and neither ruleset is fetched.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { toDashboardData } from "../lib/data/dashboard-data";
import { readDataDir, resolveDataDir } from "../lib/data/store";
import { toOpenApiDocument } from "../lib/http/openapi";
import { configuredSiteUrl } from "../lib/site";

const result = await readDataDir(resolveDataDir());
if (!result.ok) {
  console.error("data/ does not validate: run npm run validate");
  process.exit(1);
}
const dir = mkdtempSync(path.join(tmpdir(), "kz-openapi-"));
const file = path.join(dir, "openapi.json");
writeFileSync(
  file,
  JSON.stringify(
    toOpenApiDocument(toDashboardData(result.data, "en"), configuredSiteUrl() ?? "/"),
    null,
    2,
  ),
);

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const env = {
  ...process.env,
  REDOCLY_TELEMETRY: "off",
  REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
  NODE_NO_WARNINGS: "1",
};

// Redocly exits 0 on warnings: its JSON report is read instead, and any problem fails.
const report = spawnSync(
  bin("redocly"),
  ["lint", file, "--config", "redocly.yaml", "--format=json"],
  { cwd: root, env, encoding: "utf8" },
);
const { problems = [] } = JSON.parse(report.stdout || "{}") as {
  problems?: {
    ruleId: string;
    severity: string;
    message: string;
    location: { pointer: string }[];
  }[];
};
for (const p of problems)
  console.error(`redocly ${p.severity} ${p.ruleId}: ${p.message} (${p.location[0]?.pointer})`);
const redocly = report.status === 0 && problems.length === 0 && report.stdout.includes('"totals"');
if (redocly) console.log("Redocly (recommended): no problems.");

const spectral =
  spawnSync(
    bin("spectral"),
    ["lint", file, "--ruleset", ".spectral.yaml", "--fail-severity=hint", "--quiet"],
    { cwd: root, env, stdio: "inherit" },
  ).status === 0;
if (spectral) console.log("Spectral (spectral:oas): no problems.");
rmSync(dir, { recursive: true, force: true });
if (!redocly || !spectral) process.exit(1);
