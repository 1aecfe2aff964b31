/**
 * Which Lighthouse runs count. Lighthouse's mobile preset slows the CPU 4×, calibrated for a host
 * whose benchmark index is well above 1,000; at or below 1,000 Lighthouse itself warns that "the
 * tested device appears to have a slower CPU than Lighthouse expects" and that the performance score
 * suffers (lighthouse/core/gather/driver/environment.js). On this shared machine the index moves
 * between about 750 and 1,650 from one run to the next, so a run at or below that line measures the
 * host rather than the page: it is set aside, kept in the results, and another run is made.
 */
export const SLOW_HOST_INDEX = 1000;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Whether another run is needed: too few counted runs so far, and attempts left. */
export function needsAnotherRun(results, { runs, maxAttempts }) {
  const counted = results.filter((r) => r.benchmarkIndex > SLOW_HOST_INDEX).length;
  return counted < runs && results.length < maxAttempts;
}

/**
 * The median of each metric over the counted runs. `complete` says whether there were `runs` of them;
 * when none counted, the scores that don't depend on CPU speed (accessibility, best practices, SEO,
 * CLS) still come from every run, and performance, LCP and TBT are null.
 */
export function summarizeRuns(results, runs) {
  const counted = results.filter((r) => r.benchmarkIndex > SLOW_HOST_INDEX).slice(0, runs);
  const setAside = results.filter((r) => r.benchmarkIndex <= SLOW_HOST_INDEX);
  const pool = counted.length ? counted : results;
  const med = (k) => median(pool.map((r) => r[k]));
  const timed = (k) => (counted.length ? med(k) : null);
  return {
    performance: timed("performance"),
    accessibility: med("accessibility"),
    bestPractices: med("bestPractices"),
    seo: med("seo"),
    lcpMs: timed("lcpMs"),
    tbtMs: timed("tbtMs"),
    cls: med("cls"),
    complete: counted.length === runs,
    performanceRuns: counted.map((r) => r.performance),
    benchmarkIndexRuns: counted.map((r) => r.benchmarkIndex),
    observedFcpRuns: counted.map((r) => r.observedFcpMs ?? null),
    observedLoadRuns: counted.map((r) => r.observedLoadMs ?? null),
    setAside: setAside.map((r) => ({
      performance: r.performance,
      benchmarkIndex: r.benchmarkIndex,
    })),
  };
}
