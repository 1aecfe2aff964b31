/**
 * The scale-out run: deploy/nginx.conf in front of two instances on one DATA_DIR (scripts/scale-out.mjs).
 * `/ru` (the dashboard) through nginx at 200 connections beside nginx serving the same HTML from a file in the same run,
 * then `/ru` again while 10 more clients send a new cache-busting query string with every request, and
 * last one reader on one keep-alive connection, as a browser loads a page (there, tcp_nopush held each
 * gzip answer's last packet until the client's delayed ACK: 44 ms a request).
 */
import { serveStatic } from "../scripts/nginx.mjs";
import { execFileSync } from "node:child_process";

import { ensureWrk, showSubsetsScript, wrkLoad } from "./wrk.mjs";
import { startScaleOut } from "../scripts/scale-out.mjs";

const ONE_READER = "/ru through nginx, one keep-alive connection";
const UNDER_SUBSETS =
  "a chart page through nginx, while 10 clients ask for a new show= subset each time";
const SUBSET_CHART = "kz-2022-turnout-intraday";

/** Resident memory of processes and all their descendants, in MB (the instances' next-server). */
function treeRssMb(pids) {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid=,rss="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((l) => l.trim().split(/\s+/).map(Number));
  const inTree = new Set(pids);
  for (let size = 0; size !== inTree.size;) {
    size = inTree.size;
    for (const [pid, ppid] of rows) if (inTree.has(ppid)) inTree.add(pid);
  }
  return Math.round(rows.filter(([pid]) => inTree.has(pid)).reduce((a, r) => a + r[2], 0) / 1024);
}

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Asks for a page as the next run will (same encoding), so the run measures a page in use. nginx
 * forgets an address nobody asked for in 2 s (deploy/nginx.conf, inactive=2s), and 200 connections
 * opening at once on a forgotten one queue behind the cache lock, which nginx polls every 500 ms.
 */
async function warm(url, gzip) {
  const headers = { "accept-encoding": gzip ? "gzip" : "identity" };
  for (let i = 0; i < 5; i++) await fetch(url, { headers }).then((r) => r.arrayBuffer());
}

export async function measureScaleOut(basePort) {
  if (!ensureWrk()) throw new Error("the scale-out run needs wrk (apt-get install wrk)");
  const stack = await startScaleOut({
    nginxPort: basePort,
    instancePorts: [basePort + 1, basePort + 2],
  });
  try {
    const home = `${stack.nginxUrl}/ru`; // the dashboard in Russian, its heaviest language
    // Both instances render their pages once after start; let that pass before measuring.
    for (let i = 0; i < 20; i++) await fetch(home).then((r) => r.arrayBuffer());
    await pause(2000);
    const html = await (await fetch(home)).text();
    const stopStatic = await serveStatic(html, basePort + 3);
    const staticUrl = `http://127.0.0.1:${basePort + 3}/`;
    const runs = [];
    // As browsers ask (gzip), then uncompressed: each beside nginx serving the same bytes from a file.
    for (const gzip of [true, false]) {
      runs.push({ run: "nginx, HTML from a file", ...(await wrkLoad(staticUrl, { gzip })) });
      await pause(1000);
      await warm(home, gzip);
      runs.push({ run: "/ru through nginx + 2 instances", ...(await wrkLoad(home, { gzip })) });
      await pause(1000);
    }
    stopStatic();
    await warm(home, true);
    const [underBusting, busting] = await Promise.all([
      wrkLoad(home, { gzip: true }),
      wrkLoad(home, { connections: 10, bustCache: true, gzip: true }),
    ]);
    runs.push(
      { run: "/ru through nginx, while 10 clients bust the cache", ...underBusting },
      { run: "the 10 cache-busting clients", ...busting },
    );
    // Series ids from the chart's own data, as a client would find them.
    const chart = `${stack.nginxUrl}/ru/charts/${SUBSET_CHART}`;
    const columns = (
      await (await fetch(`${stack.instanceUrls[0]}/api/charts/${SUBSET_CHART}/data`)).json()
    ).columns.map((c) => c.key);
    await warm(chart, true);
    const memoryBefore = treeRssMb(stack.instancePids);
    const [reader, subsets] = await Promise.all([
      wrkLoad(chart, { connections: 10, gzip: true }),
      wrkLoad(chart, {
        connections: 10,
        gzip: true,
        lua: showSubsetsScript(columns.slice(2)),
        label: `${chart}?show=<a new subset each time>`,
      }),
    ]);
    runs.push(
      { run: UNDER_SUBSETS, ...reader },
      {
        run: "the 10 show= clients (429s counted as errors)",
        ...subsets,
        instancesMemoryMb: { before: memoryBefore, after: treeRssMb(stack.instancePids) },
      },
    );
    await pause(1000);
    await warm(home, true);
    runs.push({
      run: ONE_READER,
      ...(await wrkLoad(home, { connections: 1, threads: 1, duration: 5, gzip: true })),
    });
    return { runs, bytesPerPage: Buffer.byteLength(html) };
  } finally {
    stack.stop();
  }
}

/**
 * The budgets are checked on the runs that ask as browsers do; the uncompressed runs are reported
 * beside them (on 2 cores they measure copying 290 kB per answer, nginx's own file included).
 */
export function scaleOutBudgets({ runs }) {
  const [file, cached, , , underBusting] = runs;
  const shareOfStatic = cached.requestsPerSecond / file.requestsPerSecond;
  const oneReader = runs.find((r) => r.run === ONE_READER);
  const underSubsets = runs.find((r) => r.run === UNDER_SUBSETS);
  return [
    {
      budget: "/ru through nginx at 200 connections ≥ 50% of nginx static requests/s",
      value: `${Math.round(shareOfStatic * 100)}% (${cached.requestsPerSecond} vs ${file.requestsPerSecond}, gzip)`,
      ok: shareOfStatic >= 0.5 && cached.errors === 0,
    },
    {
      budget: "p99 /ru through nginx at 200 connections ≤ 50 ms",
      value: `${cached.p99Ms} ms (gzip)`,
      ok: cached.p99Ms <= 50,
    },
    {
      budget: "p99 /ru with 10 cache-busting clients ≤ 100 ms",
      value: `${underBusting.p99Ms} ms (gzip)`,
      ok: underBusting.p99Ms <= 100 && underBusting.errors === 0,
    },
    {
      budget: "p99 of a chart page with 10 clients asking for new show= subsets ≤ 50 ms",
      value: underSubsets ? `${underSubsets.p99Ms} ms (gzip)` : "not measured",
      ok: Boolean(underSubsets && underSubsets.p99Ms <= 50 && underSubsets.errors === 0),
    },
    {
      budget: "p50 /ru through nginx on one keep-alive connection ≤ 5 ms",
      value: oneReader ? `${oneReader.p50Ms} ms (gzip)` : "not measured",
      ok: Boolean(oneReader && oneReader.p50Ms <= 5 && oneReader.errors === 0),
    },
  ];
}
