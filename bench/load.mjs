/** Requests per second and latency percentiles at 50 connections for 10 s (autocannon, loopback only). */
import autocannon from "autocannon";

export async function measureLoad(url, { connections = 50, duration = 10 } = {}) {
  const result = await autocannon({ url, connections, duration, timeout: 10 });
  return {
    url,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
