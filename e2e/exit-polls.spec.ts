import { readFileSync } from "node:fs";
import path from "node:path";

import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";

import { formatNumber } from "../lib/format";

const ID = "kz-2022-exit-polls";
const DATA = path.resolve(import.meta.dirname, "..", "data");
const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(DATA, file), "utf8")) as T;

type Share = { option: string; share: number };
const polls = read<{
  pollsters: { id: string; shortName: Record<string, string> }[];
  polls: { id: string; pollster: string; election: string; results: Share[] }[];
}>("exit-polls.json");
const final = read<{ results: Share[] }>(
  "datasets/kz-2022-presidential/revisions/2022-11-22T1200-final.json",
);
const tokayev = (results: Share[]) => results.find((r) => r.option === "tokayev")!.share;
const official = tokayev(final.results);
const polls2022 = polls.polls.filter((p) => p.election === "kz-2022-presidential");

test("the chart page shows every poll and the official share in kk, ru and en", async ({
  page,
}) => {
  for (const locale of ["kk", "ru", "en"] as const) {
    await page.goto(`/${locale}/charts/${ID}?type=table`);
    const table = page.locator(`figure[data-chart-id="${ID}"] table`);
    await expect(table).toContainText(formatNumber(official, "percent", 2, locale));
    for (const p of polls2022) {
      const name = polls.pollsters.find((x) => x.id === p.pollster)!.shortName[locale]!;
      const row = table.locator("tbody tr", { hasText: name });
      await expect(row.first(), `${locale} ${p.id}`).toContainText(
        formatNumber(tokayev(p.results), "percent", 2, locale),
      );
      // The difference is the poll's share less the official one, in points.
      const diff = Math.round((tokayev(p.results) - official) * 100) / 100;
      await expect(row.first()).toContainText(formatNumber(diff, "points", 2, locale));
    }
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the table is on the page, one row per poll and the result", async ({ page }) => {
    await page.goto(`/ru/charts/${ID}?type=table`);
    await expect(page.locator(`figure[data-chart-id="${ID}"] tbody tr`)).toHaveCount(
      polls2022.length + 1,
    );
  });
});

test("the CSV has a row for each poll and for the official result", async ({ request }) => {
  const res = await request.get(`/api/charts/${ID}/data.csv`);
  expect(res.status()).toBe(200);
  const rows = parse(await res.body(), { bom: true, columns: true }) as Record<string, string>[];
  const share = Object.keys(rows[0]!).find((h) => h.startsWith("Tokayev's share"))!;
  expect(rows.map((r) => Number(r[share]))).toEqual([
    ...polls2022.map((p) => tokayev(p.results)),
    official,
  ]);
  for (const file of ["datapackage.json", "metadata.json", "image.png"]) {
    expect((await request.get(`/api/charts/${ID}/${file}`)).status(), file).toBe(200);
  }
  expect((await request.get(`/api/og/${ID}?lang=kk`)).status()).toBe(200);
});

test("axe finds nothing on the chart page and its embed", async ({ page }) => {
  test.setTimeout(120_000);
  for (const url of [`/kk/charts/${ID}`, `/ru/embed/${ID}`]) {
    await page.goto(url);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(results.violations.map((v) => `${url} ${v.id}`)).toEqual([]);
  }
});
