import { describe, expect, it } from "vitest";

import { parseWrk, toMs } from "./wrk.mjs";

const REPORT = `Running 10s test @ http://127.0.0.1:3410/
  2 threads and 200 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    12.10ms    3.02ms  61.93ms   90.12%
    Req/Sec     8.31k   512.11     9.40k    71.50%
  Latency Distribution
     50%   11.52ms
     75%   12.90ms
     90%   14.77ms
     99%   25.61ms
  165432 requests in 10.01s, 46.50GB read
  Socket errors: connect 0, read 3, write 0, timeout 2
  Non-2xx or 3xx responses: 4
Requests/sec:  16527.47
Transfer/sec:      4.65GB
`;

describe(parseWrk, () => {
  it("reads requests per second, the median and p99, and counts errors", () => {
    expect(parseWrk(REPORT)).toEqual({
      requestsPerSecond: 16527,
      p50Ms: 11.52,
      p99Ms: 25.61,
      errors: 9,
    });
  });

  it("refuses a report without the lines it needs", () => {
    expect(() => parseWrk("Running 10s test")).toThrow("no Requests/sec line");
    expect(() => parseWrk("Requests/sec: 5\n")).toThrow("no 50% line");
  });
});

describe(toMs, () => {
  it("converts each of wrk's units", () => {
    expect(toMs("789.00us")).toBe(0.79);
    expect(toMs("1.50s")).toBe(1500);
    expect(toMs("2.00m")).toBe(120000);
    expect(() => toMs("12 parsecs")).toThrow("did not explain");
  });
});
