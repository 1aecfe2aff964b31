import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";

import { formatNumber } from "../lib/format";
import { axeViolations } from "./helpers";

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

const ID_2023 = "kz-2023-mazhilis-exit-polls";
const final2023 = read<{ results: Share[] }>(
  "datasets/kz-2023-mazhilis/revisions/2023-03-27T1200-final.json",
);
const meta2023 = read<{ options: { id: string; name: string }[] }>(
  "datasets/kz-2023-mazhilis/meta.json",
);
// The chart leads with whichever option the CEC's count put first.
const lead2023 = final2023.results.reduce((a, b) => (b.share > a.share ? b : a));
const shareIn = (results: Share[], option: string) =>
  results.find((r) => r.option === option)!.share;
const polls2023 = polls.polls.filter((p) => p.election === "kz-2023-mazhilis");

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

test("the 2023 chart sets every party of each poll beside the CEC's in kk, ru and en", async ({
  page,
}) => {
  for (const locale of ["kk", "ru", "en"] as const) {
    await page.goto(`/${locale}/charts/${ID_2023}?type=table`);
    const table = page.locator(`figure[data-chart-id="${ID_2023}"] table`);
    await expect(table.locator("tbody tr")).toHaveCount(polls2023.length + 1);
    await expect(table).toContainText(formatNumber(lead2023.share, "percent", 2, locale));
    for (const p of polls2023) {
      const name = polls.pollsters.find((x) => x.id === p.pollster)!.shortName[locale]!;
      const row = table.locator("tbody tr", { hasText: name }).first();
      for (const r of p.results) {
        await expect(row, `${locale} ${p.id} ${r.option}`).toContainText(
          formatNumber(r.share, "percent", 2, locale),
        );
        // Each party's difference is the poll's share less the CEC's, in points.
        const diff = Math.round((r.share - shareIn(final2023.results, r.option)) * 100) / 100;
        await expect(row).toContainText(formatNumber(diff, "points", 2, locale));
      }
    }
  }
});

test("the 2023 CSV has the leading party's share in each poll and the official result", async ({
  request,
}) => {
  const res = await request.get(`/api/charts/${ID_2023}/data.csv`);
  expect(res.status()).toBe(200);
  const rows = parse(await res.body(), { bom: true, columns: true }) as Record<string, string>[];
  const leadName = meta2023.options.find((o) => o.id === lead2023.option)!.name;
  const share = Object.keys(rows[0]!).find((h) => h.startsWith(`${leadName}'s share`))!;
  expect(rows.map((r) => Number(r[share]))).toEqual([
    ...polls2023.map((p) => shareIn(p.results, lead2023.option)),
    lead2023.share,
  ]);
});

test("axe finds nothing on the chart page and its embed", async ({ page }) => {
  test.setTimeout(120_000);
  for (const url of [`/kk/charts/${ID}`, `/ru/embed/${ID}`]) {
    await page.goto(url);
    expect(await axeViolations(page)).toEqual([]);
  }
});
