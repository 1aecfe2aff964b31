/**
 * Load from wrk (Debian's package, C): at 200 connections on 2 cores autocannon (Node) ran out of CPU
 * before nginx did, so it measured itself. Requests per second and latency percentiles.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { ensureDebianProgram } from "../scripts/apt.mjs";

const WRK = "/usr/bin/wrk";

/** True when wrk is there, after installing Debian's package when run as root. */
export const ensureWrk = () => ensureDebianProgram(WRK, "wrk");

/** wrk's "1.23ms" / "4.56s" / "789.00us" in milliseconds. */
export function toMs(text) {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!m) throw new Error(`wrk printed a latency it did not explain: ${text}`);
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[m[2]];
  return Math.round(Number(m[1]) * factor * 100) / 100;
}

/** Reads wrk's report (run with --latency). */
export function parseWrk(out) {
  const pct = (p) => {
    const m = new RegExp(`^\\s*${p}%\\s+(\\S+)`, "m").exec(out);
    if (!m) throw new Error(`wrk's report has no ${p}% line`);
    return toMs(m[1]);
  };
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(out);
  if (!rps) throw new Error("wrk's report has no Requests/sec line");
  const non2xx = /Non-2xx or 3xx responses:\s+(\d+)/.exec(out);
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    requestsPerSecond: Math.round(Number(rps[1])),
    p50Ms: pct(50),
    p99Ms: pct(99),
    errors:
      (non2xx ? Number(non2xx[1]) : 0) +
      (errors ? errors.slice(1).reduce((a, b) => a + Number(b), 0) : 0),
  };
}

const BUST_CACHE =
  'local n = 0\nrequest = function()\n  n = n + 1\n  return wrk.format(nil, wrk.path .. "?cb=" .. math.random(1, 1e9) .. "-" .. n)\nend\n';

/** A client asking for a new random subset of `ids` as a chart's `show=` with every request. */
export function showSubsetsScript(ids) {
  return [
    `local ids = {${ids.map((id) => JSON.stringify(id)).join(",")}}`,
    "math.randomseed(os.time())",
    "request = function()",
    "  local picked = {}",
    "  for i = 1, #ids do if math.random() < 0.5 then picked[#picked + 1] = ids[i] end end",
    "  if #picked == 0 then picked[1] = ids[1] end",
    '  return wrk.format(nil, wrk.path .. "?show=" .. table.concat(picked, ","))',
    "end",
    "",
  ].join("\n");
}

/**
 * Load on one URL. With `bustCache`, every request adds a new `?cb=<n>` query string, as a client
 * that defeats caches would; `lua` is any other wrk script that makes the requests, and `label` names
 * the address in the results then.
 */
export async function wrkLoad(
  url,
  {
    connections = 200,
    duration = 10,
    threads = 2,
    bustCache = false,
    gzip = false,
    lua,
    label,
  } = {},
) {
  const args = [
    "-t",
    String(threads),
    "-c",
    String(connections),
    "-d",
    `${duration}s`,
    "--latency",
  ];
  // What every browser sends; without it the answer is the uncompressed page.
  if (gzip) args.push("-H", "Accept-Encoding: gzip, deflate, br");
  const script = lua ?? (bustCache ? BUST_CACHE : null);
  if (script) {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "kz-wrk-")), "requests.lua");
    writeFileSync(file, script);
    args.push("-s", file);
  }
  const { stdout } = await promisify(execFile)(WRK, [...args, url], { maxBuffer: 1 << 20 });
  return {
    url: label ?? (bustCache ? `${url}?cb=<new each time>` : url),
    encoding: gzip ? "browser (gzip)" : "none",
    connections,
    ...parseWrk(stdout),
  };
}
