import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";

/** Raw figures straight from data/figures.json, read independently of the app's loader. */
export function rawFigures(): {
  id: string;
  value: number;
  label: string;
  checkAgainst?: object;
}[] {
  const file = path.resolve(import.meta.dirname, "..", "data", "figures.json");
  return (
    JSON.parse(readFileSync(file, "utf8")) as {
      figures: { id: string; value: number; label: string; checkAgainst?: object }[];
    }
  ).figures;
}

/** Scrolls through the page so that every lazily loaded chart comes into view and loads. */
export async function loadAllCharts(page: Page): Promise<void> {
  const charts = page.locator("[data-chart-ready]");
  const count = await charts.count();
  for (let i = 0; i < count; i++) {
    await charts.nth(i).scrollIntoViewIfNeeded();
    // The first chart is in view without scrolling: it waits for the reader's first move.
    await moveUntil(page, () => isReady(charts.nth(i)));
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Moves the pointer, a little further each time, until `done` holds. A chart that loads "at the first
 * move" listens only once the page has hydrated, and a move before that is seen by nobody: in CI,
 * networkidle came before hydration often enough to make a single move flaky.
 */
export async function moveUntil(page: Page, done: () => boolean | Promise<boolean>): Promise<void> {
  let step = 0;
  await expect
    .poll(
      async () => {
        await page.mouse.move(150 + (step++ % 10) * 10, 300);
        return done();
      },
      { timeout: 15_000 },
    )
    .toBe(true);
}

/**
 * Lets the page run what an event it has seen queued (a failed import's handlers, React's render):
 * two animation frames and a task. Call it after waiting for the event itself (a response, a failed
 * request), before asserting that something did not happen.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))),
      ),
  );
}

/**
 * The SVG a chart box shows before its interactive chart loads (a <picture> of the view, drawn on
 * the server), once the browser has loaded it: the text of the file the picture chose.
 */
export async function staticChartSvg(box: Locator): Promise<string> {
  const img = box.locator("picture img");
  await expect(img).toBeVisible();
  await expect
    .poll(() => img.evaluate((i) => (i as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0);
  const src = await img.evaluate((i) => (i as HTMLImageElement).currentSrc);
  const res = await box.page().request.get(src);
  expect(res.headers()["content-type"]).toContain("image/svg+xml");
  return res.text();
}

/** Whether a chart box has swapped in its interactive chart. */
export const isReady = async (box: Locator) =>
  (await box.getAttribute("data-chart-ready")) === "true";

/**
 * Follows a page's data-package link and checks that the package describes the CSV its resource
 * points at, byte for byte as served (size and SHA-256), and names its columns. Returns the columns.
 */
export async function expectPackageOfServedCsv(
  request: APIRequestContext,
  packageHref: string,
): Promise<string[]> {
  const res = await request.get(packageHref);
  expect(res.status(), packageHref).toBe(200);
  const pkg = (await res.json()) as {
    profile: string;
    resources: {
      path: string;
      bytes: number;
      hash: string;
      schema: { fields: { name: string }[] };
    }[];
  };
  expect(pkg.profile).toBe("tabular-data-package");
  const [resource] = pkg.resources;
  const csvUrl = new URL(resource!.path);
  const csv = await (await request.get(csvUrl.pathname + csvUrl.search)).body();
  expect(resource!.bytes).toBe(csv.length);
  expect(resource!.hash).toBe(`sha256:${createHash("sha256").update(csv).digest("hex")}`);
  return resource!.schema.fields.map((f) => f.name);
}

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what every page is held to. */
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** What axe finds on the page as it stands, one line per rule: its path, the rule, where (up to five). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const where = new URL(page.url()).pathname;
  return results.violations.map(
    (v) =>
      `${where} ${v.id}: ${v.nodes
        .slice(0, 5)
        .map((n) => n.target.join(" "))
        .join(", ")}`,
  );
}
