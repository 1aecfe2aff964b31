import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";

import { formatNumber } from "../lib/format";
import { axeViolations } from "./helpers";

const ID = "kz-2022-polling";
const FINAL = path.resolve(
  import.meta.dirname,
  "..",
  "data/datasets/kz-2022-presidential/revisions/2022-11-22T1200-final.json",
);
const file = JSON.parse(readFileSync(FINAL, "utf8")) as {
  pollingStations: { total: number; abroad: number; abroadCountries: number };
  abroad: { registeredVoters: number; voted: number; turnoutPercent: number };
};
const COUNTS = [
  file.pollingStations.total,
  file.pollingStations.abroad,
  file.pollingStations.abroadCountries,
  file.abroad.registeredVoters,
  file.abroad.voted,
];

for (const locale of ["kk", "ru", "en"] as const) {
  test(`${locale}: one card per count, as the revision file states it, reached from the dashboard`, async ({
    page,
  }) => {
    await page.goto(`/${locale}`);
    await page.locator(`#election [data-chart-link="${ID}"] a`).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/charts/${ID}$`));
    const cards = page.getByTestId("figure-cards").locator("li");
    await expect(cards).toHaveCount(COUNTS.length + 1);
    for (const [i, n] of COUNTS.entries())
      await expect(cards.nth(i)).toContainText(formatNumber(n, "count", 0, locale));
    // Turnout abroad is a percentage, printed with the decimals it was stated with, here and in
    // the table, beside the counts.
    const turnout = formatNumber(file.abroad.turnoutPercent, "percent", 2, locale);
    await expect(cards.nth(COUNTS.length)).toContainText(turnout);
    await page.locator("details:has(table) > summary").first().click();
    const table = page.locator("details[open] table").first();
    await expect(table).toBeVisible();
    await expect(table.locator("tbody tr").nth(COUNTS.length)).toContainText(turnout);
    await expect(table.locator("tbody tr").first()).toContainText(
      formatNumber(COUNTS[0]!, "count", 0, locale),
    );
  });
}

test("the CSV holds each figure as a plain number, with its unit and its sources", async ({
  request,
}) => {
  const csv = await (await request.get(`/api/charts/${ID}/data.csv`)).text();
  const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
  expect(rows.map((r) => Number(r.Value))).toEqual([...COUNTS, file.abroad.turnoutPercent]);
  expect(rows.map((r) => r.Unit)).toEqual([
    "count",
    "count",
    "count",
    "people",
    "people",
    "percent",
  ]);
  for (const r of rows) expect(r.Source).toContain("The Astana Times");
});

test("axe finds nothing on the chart page and its embed", async ({ page }) => {
  for (const url of [`/kk/charts/${ID}`, `/ru/embed/${ID}`]) {
    await page.goto(url);
    expect(await axeViolations(page)).toEqual([]);
  }
});
