/**
 * Lighthouse 12, mobile preset, with Debian's Chromium: the median of three runs per page, counting
 * only runs on a host fast enough for the preset (see lighthouse-runs.mjs). Each run's performance
 * score and Lighthouse's CPU benchmark index are kept, set-aside runs included.
 */
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";

import { CHROMIUM_ARGS, findChromium } from "../scripts/chromium-path.mjs";
import { needsAnotherRun, summarizeRuns } from "./lighthouse-runs.mjs";

/**
 * What the browser itself saw, before Lighthouse's simulation: its first paint and load event. On a
 * headless host the first paint can come long after the load event, whatever the page (README,
 * "Measured"), and the simulated LCP and TBT then count work that a reader's first screen
 * never waited for.
 */
function observedTimes(lhr) {
  const m = lhr.audits.metrics?.details?.items?.[0] ?? {};
  return { observedFcpMs: m.observedFirstContentfulPaint, observedLoadMs: m.observedLoad };
}

export async function measureLighthouse(url, { runs = 3, maxAttempts = 8 } = {}) {
  const results = [];
  while (needsAnotherRun(results, { runs, maxAttempts })) {
    const chrome = await launch({
      chromePath: findChromium(),
      chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
    });
    try {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
      });
      results.push({
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        bestPractices: Math.round(lhr.categories["best-practices"].score * 100),
        seo: Math.round(lhr.categories.seo.score * 100),
        lcpMs: Math.round(lhr.audits["largest-contentful-paint"].numericValue),
        tbtMs: Math.round(lhr.audits["total-blocking-time"].numericValue),
        cls: lhr.audits["cumulative-layout-shift"].numericValue,
        benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
        ...observedTimes(lhr),
      });
    } finally {
      await chrome.kill();
    }
  }
  return summarizeRuns(results, runs);
}
