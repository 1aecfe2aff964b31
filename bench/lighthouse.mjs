/**
 * Lighthouse 12, mobile preset, with Debian's Chromium: median of several runs per page. Each run's
 * performance score and Lighthouse's own CPU benchmark index are kept too: on a shared machine the
 * index moves from run to run, and the score with it.
 */
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";

import { CHROMIUM_ARGS, findChromium } from "../scripts/chromium-path.mjs";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function measureLighthouse(url, runs = 3) {
  const results = [];
  for (let i = 0; i < runs; i++) {
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
      });
    } finally {
      await chrome.kill();
    }
  }
  return {
    ...Object.fromEntries(
      Object.keys(results[0]).map((k) => [k, median(results.map((r) => r[k]))]),
    ),
    performanceRuns: results.map((r) => r.performance),
    benchmarkIndexRuns: results.map((r) => r.benchmarkIndex),
  };
}
