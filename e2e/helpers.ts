import { readFileSync } from "node:fs";
import path from "node:path";

import type { Page } from "@playwright/test";

/** Raw figures straight from data/figures.json, read independently of the app's loader. */
export function rawFigures(): { id: string; value: number; label: string }[] {
  const file = path.resolve(import.meta.dirname, "..", "data", "figures.json");
  return (
    JSON.parse(readFileSync(file, "utf8")) as {
      figures: { id: string; value: number; label: string }[];
    }
  ).figures;
}

/** Scrolls through the page so that every lazily loaded chart comes into view and loads. */
export async function loadAllCharts(page: Page): Promise<void> {
  const charts = page.locator("[data-chart-ready]");
  const count = await charts.count();
  for (let i = 0; i < count; i++) {
    await charts.nth(i).scrollIntoViewIfNeeded();
    await page
      .locator("[data-chart-ready]")
      .nth(i)
      .and(page.locator('[data-chart-ready="true"]'))
      .waitFor();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
