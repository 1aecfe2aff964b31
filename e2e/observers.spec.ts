import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";

import { axeViolations, expectPackageOfServedCsv } from "./helpers";

/** The data and catalogues read as files: what the pages must show, not what the app computes. */
const ROOT = path.resolve(import.meta.dirname, "..");
const json = <T>(...p: string[]) => JSON.parse(readFileSync(path.join(ROOT, ...p), "utf8")) as T;

type Locale = "kk" | "ru" | "en";
interface Finding {
  id: string;
  election: string;
  mission: string;
  verdict: string;
  units?: string[];
  aboutTurnout?: true;
  reply?: { text: string };
}
const FINDINGS = json<{ findings: Finding[] }>("data", "observers.json").findings;
const TEXT = {
  ru: json<{ observers: Record<string, { verdict: string; reply?: string }> }>(
    "data/translations/ru.json",
  ).observers,
  kk: json<{ observers: Record<string, { verdict: string; reply?: string }> }>(
    "data/translations/kk.json",
  ).observers,
};
const MESSAGES = Object.fromEntries(
  (["kk", "ru", "en"] as const).map((l) => [
    l,
    json<{ observers: { title: string; missions: Record<string, string> } }>(
      `lib/i18n/messages/${l}.json`,
    ).observers,
  ]),
) as Record<Locale, { title: string; missions: Record<string, string> }>;
const verdict = (f: Finding, l: Locale) => (l === "en" ? f.verdict : TEXT[l][f.id]!.verdict);
const reply = (f: Finding, l: Locale) => (l === "en" ? f.reply!.text : TEXT[l][f.id]!.reply!);

test.describe("observers' findings without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page lists every finding, with its mission and reply, in kk, ru and en", async ({
    page,
  }) => {
    for (const l of ["kk", "ru", "en"] as const) {
      await page.goto(`/${l}/observers`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(MESSAGES[l].title);
      for (const f of FINDINGS) {
        const vote = page.locator(`section[id="${f.election}"]`);
        const item = vote.locator(`[data-finding="${f.id}"]`);
        await expect(item).toContainText(verdict(f, l));
        await expect(vote.getByRole("heading", { level: 3 })).toContainText([
          MESSAGES[l].missions[f.mission]!,
        ]);
        if (f.reply) await expect(item).toContainText(reply(f, l));
      }
    }
  });

  test("the dashboard gives each vote's findings one line near its results, linking to them", async ({
    page,
  }) => {
    await page.goto("/ru");
    for (const election of new Set(FINDINGS.map((f) => f.election))) {
      // Beside the results: inside the section that holds the vote's charts.
      const section = election === "kz-2023-mazhilis" ? "#parliament" : "#election";
      const line = page.locator(section).locator(`[data-observers="${election}"]`);
      await expect(line.getByRole("link")).toHaveAttribute("href", `/ru/observers#${election}`);
      const missions = new Set(
        FINDINGS.filter((f) => f.election === election).map((f) => f.mission),
      );
      await expect(line).toContainText(String(missions.size));
      // The findings are said once, on their own page.
      await expect(page.locator("[data-finding]")).toHaveCount(0);
    }
  });

  test("region pages show the turnout findings, and a region named by a finding shows it", async ({
    page,
  }) => {
    const named = FINDINGS.filter((f) => f.units?.includes("astana"));
    await page.goto("/kk/regions/astana");
    for (const f of FINDINGS.filter((x) => x.aboutTurnout))
      await expect(
        page.locator("#observers-turnout").locator("..").locator(`[data-finding="${f.id}"]`),
      ).toContainText(verdict(f, "kk"));
    for (const f of named)
      await expect(page.locator(`[data-finding="${f.id}"]`)).toContainText(verdict(f, "kk"));
    // A unit no finding names has no such block.
    expect(FINDINGS.some((f) => f.units?.includes("pavlodar"))).toBe(false);
    await page.goto("/kk/regions/pavlodar");
    await expect(page.locator("#observers-naming")).toHaveCount(0);
    await expect(page.locator("#observers-turnout")).toHaveCount(1);
  });
});

test("the CSV linked from the page has a row per finding, in the page's language", async ({
  page,
  request,
}) => {
  await page.goto("/ru/observers");
  const href = await page.getByRole("link", { name: "CSV" }).getAttribute("href");
  const res = await request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/csv");
  const rows = parse(await res.text(), { columns: true, bom: true }) as Record<string, string>[];
  expect(rows.map((r) => r.id).toSorted()).toEqual(FINDINGS.map((f) => f.id).toSorted());
  for (const f of FINDINGS) expect(rows.find((r) => r.id === f.id)!.verdict).toBe(verdict(f, "ru"));
  expect((await request.get("/api/observers.csv?lang=xx")).status()).toBe(400);
});

test("the data package linked from the page describes the CSV as served", async ({
  page,
  request,
}) => {
  await page.goto("/ru/observers");
  const href = await page
    .getByRole("link", { name: "Frictionless Data Package (JSON)" })
    .getAttribute("href");
  expect(await expectPackageOfServedCsv(request, href!)).toEqual(
    expect.arrayContaining(["id", "mission", "verdict", "source_urls"]),
  );
});

test("the observers page has no accessibility violations", async ({ page }) => {
  await page.goto("/ru/observers");
  expect(await axeViolations(page)).toEqual([]);
});

test("the 2022 election's section gives the observers accredited and the other report's total, each with its source", async ({
  page,
}) => {
  const observers = json<{
    observers: { total: number; otherReadings: { total: number }[] };
  }>("data/datasets/kz-2022-presidential/revisions/2022-11-22T1200-final.json").observers;
  for (const locale of ["kk", "ru", "en"] as const) {
    await page.goto(`/${locale}/observers`);
    const counts = page.locator("#kz-2022-presidential [data-observer-counts]");
    await expect(counts).toBeVisible();
    const digits = (await counts.innerText()).replace(/\D/g, "");
    expect(digits, locale).toContain(String(observers.total));
    expect(digits, locale).toContain(String(observers.otherReadings[0]!.total));
    await expect(counts.locator("[data-other-reading] a")).toHaveCount(1);
    // Each total rests on one page, and says so.
    await expect(counts.locator("[data-one-source]")).toHaveCount(2);
    // Only the vote whose revision states the count has the line.
    await expect(page.locator("[data-observer-counts]")).toHaveCount(1);
  }
});
