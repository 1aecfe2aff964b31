/** Requests per second and latency percentiles at 50 connections for 10 s (autocannon, loopback only). */
import { availableParallelism } from "node:os";

import autocannon from "autocannon";

/** What every browser sends; without it a server must answer with the uncompressed page. */
export const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br" };

/**
 * Waits until the server answers a light request quickly again: a slow route (the preview image) leaves
 * renders queued after autocannon stops, and they must not spill into the next measurement.
 */
export async function settle(base, { quietMs = 30, timeoutMs = 60_000 } = {}) {
  const end = Date.now() + timeoutMs;
  let quiet = 0;
  while (Date.now() < end && quiet < 3) {
    const start = performance.now();
    await fetch(`${base}/api/revision`).then(
      (r) => r.arrayBuffer(),
      () => null,
    );
    quiet = performance.now() - start < quietMs ? quiet + 1 : 0;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * autocannon threads: one per core, and a number that divides the 50 connections evenly (autocannon
 * splits them between threads). With a single thread the load generator was the bottleneck: it sat at
 * 100% of a core reading 290 kB bodies while the server used a third of the other, so it measured
 * itself (1,650 req/s, p99 60 ms); with two, the same server answered 4,590 req/s at p99 26 ms.
 */
export const LOAD_THREADS = [5, 2, 1].find((n) => n <= availableParallelism()) ?? 1;

export async function measureLoad(url, { connections = 50, duration = 10, headers = {} } = {}) {
  const workers = connections % LOAD_THREADS === 0 ? LOAD_THREADS : 1;
  const result = await autocannon({
    url,
    connections,
    duration,
    timeout: 10,
    headers,
    ...(workers > 1 ? { workers } : {}),
  });
  return {
    url,
    encoding: headers["accept-encoding"] ? "browser (gzip, br)" : "none",
    requestsPerSecond: Math.round(result.requests.average),
    bytesPerResponse: Math.round(result.throughput.average / (result.requests.average || 1)),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    threads: workers,
  };
}
