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

const ELECTIONS = {
  "kz-2019-presidential": "2019-06-10T1200-final.json",
  "kz-2022-referendum": "2022-06-07T1200-final.json",
  "kz-2022-presidential": "2022-11-22T1200-final.json",
  "kz-2023-mazhilis": "2023-03-27T1200-final.json",
} as const;
const stations = Object.entries(ELECTIONS).map(([id, name]) => {
  const json = readFileSync(
    path.resolve(import.meta.dirname, "..", "data/datasets", id, "revisions", name),
    "utf8",
  );
  return (JSON.parse(json) as { pollingStations: Record<string, number> }).pollingStations;
});

test("the stations at each vote: linked from the dashboard, each total in the table as its file states it", async ({
  page,
}) => {
  for (const locale of ["kk", "ru", "en"] as const) {
    await page.goto(`/${locale}`);
    await page.locator(`#election [data-chart-link="kz-polling-stations"] a`).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/charts/kz-polling-stations$`));
    await page.locator("details:has(table) > summary").first().click();
    const rows = page.locator("details[open] table tbody tr");
    await expect(rows).toHaveCount(stations.length);
    for (const [i, s] of stations.entries()) {
      await expect(rows.nth(i)).toContainText(formatNumber(s.total!, "count", 0, locale));
      await expect(rows.nth(i)).toContainText(formatNumber(s.abroad!, "count", 0, locale));
    }
  }
});

test("the CSV of the stations at each vote holds the files' counts, oldest first, and leaves a count no source gives empty", async ({
  request,
}) => {
  const csv = await (await request.get("/api/charts/kz-polling-stations/data.csv")).text();
  const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
  expect(rows.map((r) => Number(r["Polling stations"]))).toEqual(stations.map((s) => s.total));
  expect(rows.map((r) => Number(r["Of them abroad"]))).toEqual(stations.map((s) => s.abroad));
  // The 2019 file gives no count of countries.
  expect(rows[0]!["Countries with a station abroad"]).toBe("");
  // Each count with its own sources: 2019's stations abroad rest on one paper, its total on two.
  expect(rows[0]!["Sources of the counts abroad"]).toBe("Nine O'Clock · one source");
  expect(rows[0]!["Sources of the total"]).toBe("Deccan Chronicle, Nine O'Clock");
  // Only Informburo says the referendum's total includes the stations abroad.
  expect(rows[1]!["Sources of the total"]).toBe("Informburo · one source");
  expect(rows.at(-1)!["Sources of the total"]).toContain("The Astana Times");
});

test("axe finds nothing on the stations chart's page and embed", async ({ page }) => {
  for (const url of ["/ru/charts/kz-polling-stations", "/kk/embed/kz-polling-stations"]) {
    await page.goto(url);
    expect(await axeViolations(page)).toEqual([]);
  }
});

test("on a phone, the stations table names whose sources each line under a vote gives", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/en/charts/kz-polling-stations?type=table");
  const first = page.locator("table tbody tr").first().locator("th");
  await expect(first).toContainText("Sources of the total: Deccan Chronicle, Nine O'Clock");
  await expect(first).toContainText("Sources of the counts abroad: Nine O'Clock");
});
