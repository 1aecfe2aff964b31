/**
 * The budgets of issue 27, written once and checked on measurements taken side by side in one run of
 * `npm run bench`. Pure functions of the measurements, so they are unit-tested without Lighthouse or
 * a server (bench/budgets.test.ts).
 */
export const BUDGETS = {
  /** First-load JavaScript, gzip, on every page. */
  firstLoadJsBytes: 135_000,
  /** HTML, gzip: each language's dashboard, and a chart page. */
  dashboardHtmlBytes: 30_000,
  chartHtmlBytes: 15_000,
  lighthousePerformance: 98,
  /** `next start` alone serving /ru to browsers (gzip), against nginx serving the same bytes. */
  nextShareOfNginx: 0.25,
  /** p99 at 50 connections, uncompressed. */
  p99Ms: 50,
};

const DASHBOARD = /^\/(kk|ru|en)$/;
const CHART = /^\/(kk|ru|en)\/charts\/[^/]+$/;
const kb = (bytes) => `${Math.round(bytes / 100) / 10} kB`;
const pathOf = (url) => new URL(url).pathname;

/** Every page's script budget, and the HTML budget of the dashboards and chart pages. */
export function weightChecks(weight) {
  return weight.flatMap((w) => {
    const page = pathOf(w.url);
    const html = DASHBOARD.test(page)
      ? BUDGETS.dashboardHtmlBytes
      : CHART.test(page)
        ? BUDGETS.chartHtmlBytes
        : null;
    return [
      {
        budget: `first-load JS ${page} ≤ ${kb(BUDGETS.firstLoadJsBytes)}`,
        value: kb(w.jsGzipBytes),
        ok: w.jsGzipBytes <= BUDGETS.firstLoadJsBytes,
      },
      ...(html === null
        ? []
        : [
            {
              budget: `HTML ${page} ≤ ${kb(html)}`,
              value: kb(w.htmlGzipBytes),
              ok: w.htmlGzipBytes <= html,
            },
          ]),
    ];
  });
}

/**
 * How much of each page's script is the framework's (Next.js and React: the files every page loads)
 * and how much is the project's own, so a missed script budget says which side it is missed on.
 */
export function scriptShares(weight) {
  const sets = weight.map((w) => new Set(w.files.map((f) => f.file)));
  const shared = new Set([...sets[0]].filter((f) => sets.every((s) => s.has(f))));
  return weight.map((w) => {
    const framework = w.files.filter((f) => shared.has(f.file)).reduce((n, f) => n + f.gzip, 0);
    return { page: pathOf(w.url), frameworkBytes: framework, ownBytes: w.jsGzipBytes - framework };
  });
}

/**
 * Lighthouse on each page, with the plain static page measured in the same run: its score is what the
 * host allows this hour, so a page below budget next to a plain page at 100 is the page's fault.
 */
export function lighthouseChecks(pages, plain) {
  return Object.entries(pages).flatMap(([page, l]) => [
    {
      budget: `Lighthouse performance ${page} ≥ ${BUDGETS.lighthousePerformance}`,
      value: l.complete
        ? `${l.performance} (plain page: ${plain?.complete ? plain.performance : "not measured"})`
        : `${l.performanceRuns.length} of 3 runs on a fast enough host`,
      ok: l.complete && l.performance >= BUDGETS.lighthousePerformance,
    },
    {
      budget: `Lighthouse accessibility, best practices, SEO ${page} = 100`,
      value: `${l.accessibility}/${l.bestPractices}/${l.seo}`,
      ok: l.accessibility === 100 && l.bestPractices === 100 && l.seo === 100,
    },
    { budget: `CLS ${page} = 0`, value: l.cls, ok: l.cls === 0 },
  ]);
}

/**
 * How many of nginx's requests per second `next start` answers for the same page, to three decimals:
 * the one ratio the budget checks and results.json reports.
 * @param {{ requestsPerSecond: number }} ours
 * @param {{ requestsPerSecond: number }} nginx
 */
export function shareOfNginx(ours, nginx) {
  return Math.round((ours.requestsPerSecond / nginx.requestsPerSecond) * 1000) / 1000;
}

/**
 * next start alone: latency at 50 connections, and its rate for browsers against nginx's (no share
 * when nginx could not be run).
 * @param {{ plain: any, asBrowser: any, nginxAsBrowser?: any }} load
 */
export function loadChecks({ plain, asBrowser, nginxAsBrowser }) {
  const checks = [
    {
      budget: `p99 ${pathOf(plain.url)} at 50 connections ≤ ${BUDGETS.p99Ms} ms`,
      value: `${plain.p99Ms} ms`,
      ok: plain.p99Ms <= BUDGETS.p99Ms,
    },
  ];
  if (nginxAsBrowser) {
    const share = shareOfNginx(asBrowser, nginxAsBrowser);
    checks.push({
      budget: `next start ${pathOf(asBrowser.url)} (gzip) ≥ ${BUDGETS.nextShareOfNginx * 100}% of nginx serving the same bytes`,
      value: `${Math.round(share * 1000) / 10}% (${asBrowser.requestsPerSecond} of ${nginxAsBrowser.requestsPerSecond} requests/s)`,
      ok: share >= BUDGETS.nextShareOfNginx,
    });
  }
  return checks;
}

/** A plain page, as small as a page can be and still pass Lighthouse's checks: the host's reference. */
export const PLAIN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="A plain page: the host's reference for Lighthouse."><title>Plain page</title></head><body><main><h1>Plain page</h1><p>Text only, no script, no style: what this host scores at best.</p></main></body></html>`;
