/**
 * `npm run screenshots [-- <path>]`: full-page screenshots of a running server at 360 px and 1280 px,
 * light and dark, into ./screenshots (git-ignored). BASE_URL defaults to http://127.0.0.1:3000.
 */
import { mkdirSync } from "node:fs";

import { chromium } from "@playwright/test";

import { CHROMIUM_ARGS, findChromium } from "./chromium-path.mjs";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const route = process.argv[2] ?? "/";
const out = "screenshots";
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const width of [360, 1280]) {
  for (const scheme of ["light", "dark"]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    await page.goto(base + route, { waitUntil: "networkidle" });
    // Scroll through so every lazy chart loads, then back to the top.
    for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 600) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(120);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    // A full-page capture paints beyond the viewport, where sections that skip rendering until they
    // near it (.defer-render) would come out blank; a visitor scrolling never sees them so.
    await page.addStyleTag({ content: ".defer-render { content-visibility: visible; }" });
    await page.waitForTimeout(300);
    const name = `${out}/${route === "/" ? "home" : route.replace(/\W+/g, "-")}-${width}-${scheme}.png`;
    await page.screenshot({ path: name, fullPage: true });
    console.log(name);
    // Also in screen-sized parts: a whole page shrunk to fit a viewer is unreadable.
    const height = await page.evaluate(() => document.body.scrollHeight);
    const part = width < 600 ? 1400 : 1000;
    for (let i = 0; i * part < height; i++) {
      const clip = { x: 0, y: i * part, width, height: Math.min(part, height - i * part) };
      await page.screenshot({
        path: name.replace(".png", `-part${i + 1}.png`),
        fullPage: true,
        clip,
      });
    }
    await page.close();
  }
}
await browser.close();
