import { describe, expect, it } from "vitest";

import { needsAnotherRun, summarizeRuns } from "./lighthouse-runs.mjs";

const run = (performance: number, benchmarkIndex: number, extra = {}) => ({
  performance,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  lcpMs: 1800 + performance,
  tbtMs: 200 - performance,
  cls: 0,
  benchmarkIndex,
  ...extra,
});

describe("Lighthouse runs", () => {
  it("sets aside runs on a host Lighthouse calls too slow and takes medians of the rest", () => {
    const s = summarizeRuns([run(97, 782), run(96, 1353), run(98, 1057), run(99, 1400)], 3);
    expect(s.complete).toBe(true);
    expect(s.performanceRuns).toEqual([96, 98, 99]);
    expect(s.performance).toBe(98);
    expect(s.tbtMs).toBe(102);
    expect(s.setAside).toEqual([{ performance: 97, benchmarkIndex: 782 }]);
  });

  it("keeps each counted run's observed first paint and load, in the order of the scores", () => {
    const s = summarizeRuns(
      [
        run(90, 1500, { observedFcpMs: 2242, observedLoadMs: 494 }),
        run(97, 900, { observedFcpMs: 300, observedLoadMs: 480 }),
        run(93, 1400, { observedFcpMs: 1214, observedLoadMs: 526 }),
      ],
      3,
    );
    expect(s.performanceRuns).toEqual([90, 93]);
    expect(s.observedFcpRuns).toEqual([2242, 1214]);
    expect(s.observedLoadRuns).toEqual([494, 526]);
  });

  it("counts an index of exactly 1,000 as too slow, as Lighthouse does", () => {
    expect(summarizeRuns([run(90, 1000)], 1).complete).toBe(false);
    expect(summarizeRuns([run(90, 1001)], 1).complete).toBe(true);
  });

  it("reports an incomplete measurement when too few runs counted, and no score when none did", () => {
    const some = summarizeRuns([run(99, 1500), run(85, 800)], 3);
    expect(some).toMatchObject({ complete: false, performance: 99, performanceRuns: [99] });
    const none = summarizeRuns([run(85, 800), run(84, 750, { accessibility: 96 })], 3);
    expect(none).toMatchObject({ complete: false, performance: null, lcpMs: null, tbtMs: null });
    // What doesn't depend on CPU speed is still measured, from every run.
    expect(none.accessibility).toBe(100);
    expect(none.cls).toBe(0);
  });

  it("keeps running until enough runs count or the attempts are used up", () => {
    const opts = { runs: 3, maxAttempts: 5 };
    expect(needsAnotherRun([run(99, 1500), run(90, 900)], opts)).toBe(true);
    expect(needsAnotherRun([run(99, 1500), run(99, 1500), run(99, 1500)], opts)).toBe(false);
    expect(
      needsAnotherRun(
        [1, 2, 3, 4, 5].map(() => run(80, 700)),
        opts,
      ),
    ).toBe(false);
  });
});
