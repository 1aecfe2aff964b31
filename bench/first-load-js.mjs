/**
 * Gzip bytes of every script a phone-sized viewport (412×823) downloads from navigation until 2 s after
 * the load event, without scrolling. Usage: node bench/first-load-js.mjs <url> [<url>...]
 * Prints one JSON line per URL; exits 1 when BUDGET_KB is set and a page exceeds it.
 */
import { gzipSync } from "node:zlib";

import { chromium } from "@playwright/test";

import { CHROMIUM_ARGS, findChromium } from "../scripts/chromium-path.mjs";

export async function measureFirstLoad(browser, url) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const pending = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    pending.push(
      response
        .body()
        .then((body) => ({
          url: response.url(),
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
        }))
        .catch(() => null),
    );
  });
  const html = await page.goto(url, { waitUntil: "load" });
  const htmlBody = html ? await html.body() : Buffer.alloc(0);
  await page.waitForTimeout(2000);
  const scripts = (await Promise.all(pending)).filter(Boolean);
  await context.close();
  return {
    url,
    scripts: scripts.length,
    jsGzipBytes: scripts.reduce((n, s) => n + s.gzip, 0),
    htmlGzipBytes: gzipSync(htmlBody, { level: 9 }).length,
    files: scripts.map((s) => ({ file: new URL(s.url).pathname, gzip: s.gzip })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const urls = process.argv.slice(2);
  const budget = process.env.BUDGET_KB ? Number(process.env.BUDGET_KB) * 1000 : Infinity;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  let over = false;
  for (const url of urls) {
    const result = await measureFirstLoad(browser, url);
    over ||= result.jsGzipBytes > budget;
    console.log(
      JSON.stringify({ ...result, files: process.env.VERBOSE ? result.files : undefined }),
    );
  }
  await browser.close();
  process.exit(over ? 1 : 0);
}
