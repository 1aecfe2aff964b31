/**
 * `npm run bench`: builds if needed, starts the production server on loopback, measures first-load
 * weight, Lighthouse (mobile), and load at 50 connections, compares with nginx serving the same page,
 * then the scale-out run (bench/scale-out.mjs: deploy/nginx.conf in front of two instances), prints
 * tables, writes bench/results.json, and exits 1 when a budget is missed.
 * `npm run bench -- --scale-out` runs only the scale-out part and keeps the rest of results.json.
 */
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { chromium } from "@playwright/test";

import { CHROMIUM_ARGS, findChromium } from "../scripts/chromium-path.mjs";
import { measureFirstLoad } from "./first-load-js.mjs";
import { measureLighthouse } from "./lighthouse.mjs";
import {
  lighthouseChecks,
  loadChecks,
  PLAIN_PAGE,
  scriptShares,
  shareOfNginx,
  weightChecks,
} from "./budgets.mjs";
import { BROWSER_HEADERS, measureLoad, settle } from "./load.mjs";
import { ensureNginx, serveStatic } from "../scripts/nginx.mjs";
import { waitForUrl } from "../scripts/wait-for.mjs";
import { scaleOutBudgets, measureScaleOut } from "./scale-out.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BASE = `http://127.0.0.1:${PORT}`;
// Every page is in three languages: the Russian one is the heaviest (its words are the longest).
const HOME = "/ru";
const CHART = "/ru/charts/kz-2022-results";
const EMBED = "/ru/embed/kz-2022-results";
const WEIGHED = [
  "/kk",
  "/ru",
  "/en",
  ...["kk", "ru", "en"].map((l) => `/${l}/charts/kz-2022-results`),
  // Every other kind of page, in the heaviest language.
  "/ru/regions/almaty-city",
  "/ru/figures",
  "/ru/sources",
  "/ru/about",
  "/ru/changes",
  "/ru/checks/turnout",
];

if (process.argv.includes("--scale-out")) {
  const scaleOut = await measureScaleOut(PORT + 10);
  const checks = scaleOutBudgets(scaleOut);
  const file = path.join(ROOT, "bench", "results.json");
  const previous = JSON.parse(readFileSync(file, "utf8"));
  const budgets = [
    ...previous.budgets.filter((b) => !checks.some((c) => c.budget === b.budget)),
    ...checks,
  ];
  writeFileSync(file, `${JSON.stringify({ ...previous, scaleOut, budgets }, null, 2)}\n`);
  console.table(scaleOut.runs);
  console.table(
    checks.map((c) => ({ budget: c.budget, value: c.value, result: c.ok ? "ok" : "MISSED" })),
  );
  process.exit(checks.every((c) => c.ok) ? 0 : 1);
}

const server = spawn(process.execPath, ["scripts/start.mjs"], {
  cwd: ROOT,
  env: { ...process.env, PORT: String(PORT) },
  stdio: "ignore",
});
try {
  if (!(await waitForUrl(`${BASE}/api/revision`, { timeoutMs: 600_000, intervalMs: 1000 })))
    throw new Error("the server did not start");
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  // Lighthouse's scores move with the browser's version (RenderBlockingFonts, see HISTORY.md).
  const browserVersion = browser.version();
  const weight = [];
  for (const p of [...WEIGHED, EMBED]) weight.push(await measureFirstLoad(browser, BASE + p));
  await browser.close();

  const lighthouse = {
    [HOME]: await measureLighthouse(BASE + HOME),
    [CHART]: await measureLighthouse(BASE + CHART),
  };
  // Uncompressed first (the latency budget's measure), then as a browser asks, with Accept-Encoding.
  const load = [];
  for (const p of [HOME, "/api/figures.csv", "/api/og/kz-2022-results", "/api/revision"]) {
    await settle(BASE);
    load.push(await measureLoad(BASE + p));
  }
  await settle(BASE);
  load.push(await measureLoad(BASE + HOME, { headers: BROWSER_HEADERS }));
  const [home, homeAsBrowser] = [load[0], load.at(-1)];

  let ceiling = null;
  let plainLighthouse = null;
  if (ensureNginx()) {
    const stop = await serveStatic(await (await fetch(BASE + HOME)).text(), PORT + 1);
    const url = `http://127.0.0.1:${PORT + 1}/`;
    ceiling = [await measureLoad(url), await measureLoad(url, { headers: BROWSER_HEADERS })];
    stop();
    const stopPlain = await serveStatic(PLAIN_PAGE, PORT + 2);
    plainLighthouse = await measureLighthouse(`http://127.0.0.1:${PORT + 2}/`);
    stopPlain();
  }

  const checks = [
    ...weightChecks(weight.filter((w) => !w.url.includes("/embed/"))),
    ...lighthouseChecks(lighthouse, plainLighthouse),
    ...loadChecks({ plain: home, asBrowser: homeAsBrowser, nginxAsBrowser: ceiling?.[1] }),
  ];
  // The single server is stopped first: the scale-out run needs both cores.
  server.kill("SIGTERM");
  const scaleOut = await measureScaleOut(PORT + 10);
  checks.push(...scaleOutBudgets(scaleOut));
  const results = {
    measuredAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      chromium: browserVersion,
    },
    weight: weight.map(({ files: _files, ...w }) => w),
    scriptShares: scriptShares(weight),
    lighthouse,
    plainPageLighthouse: plainLighthouse,
    load,
    scaleOut,
    nginxCeiling:
      ceiling &&
      ceiling.map((c, i) => {
        const ours = i === 0 ? home : homeAsBrowser;
        return { ...c, ourShareOfCeiling: shareOfNginx(ours, c) };
      }),
    budgets: checks,
  };
  writeFileSync(path.join(ROOT, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  const kb = (b) => Math.round(b / 100) / 10;
  const shares = scriptShares(weight);
  console.table(
    weight.map((w, i) => ({
      page: new URL(w.url).pathname,
      "JS kB gzip": kb(w.jsGzipBytes),
      "of which framework": kb(shares[i].frameworkBytes),
      "of which ours": kb(shares[i].ownBytes),
      "HTML kB gzip": kb(w.htmlGzipBytes),
    })),
  );
  console.table(
    Object.entries({
      ...lighthouse,
      ...(plainLighthouse && { "plain page (nginx)": plainLighthouse }),
    }).map(([page, l]) => {
      const {
        performanceRuns,
        benchmarkIndexRuns,
        observedFcpRuns,
        observedLoadRuns,
        setAside,
        complete: _c,
        ...scores
      } = l;
      return {
        page,
        ...scores,
        runs: performanceRuns.join(" / "),
        "first paint / load seen, ms": observedFcpRuns
          .map((f, i) => `${f} / ${observedLoadRuns[i]}`)
          .join(", "),
        "CPU index": benchmarkIndexRuns.join(" / "),
        "set aside (score @ index)": setAside
          .map((r) => `${r.performance} @ ${r.benchmarkIndex}`)
          .join(", "),
      };
    }),
  );
  console.table([...load, ...(ceiling ?? []).map((c) => ({ ...c, url: `nginx static ${c.url}` }))]);
  for (const c of results.nginxCeiling ?? [])
    console.log(
      `${HOME} (encoding: ${c.encoding}) serves ${c.ourShareOfCeiling} of nginx's requests per second for the same page`,
    );
  console.table(scaleOut.runs);
  console.table(
    checks.map((c) => ({ budget: c.budget, value: c.value, result: c.ok ? "ok" : "MISSED" })),
  );
  process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
} finally {
  server.kill("SIGTERM");
}
