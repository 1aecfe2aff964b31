import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { expect, test, type Page } from "@playwright/test";

import { axeViolations } from "./helpers";

/** The data and the UI catalogue, read as files: what the page must show, not what the app computes. */
const ROOT = path.resolve(import.meta.dirname, "..");
const json = <T>(...p: string[]) => JSON.parse(readFileSync(path.join(ROOT, ...p), "utf8")) as T;

type Locale = "kk" | "ru" | "en";
interface Release {
  precision: number;
  sourceIds: string[];
  confirmingSourceIds?: string[];
  national: { percent: number };
  units?: { unit: string; percent: number }[];
  partialUnits?: true;
}
/** Each vote's last release with every unit listed, oldest vote first. */
const VOTES = readdirSync(path.join(ROOT, "data", "datasets"))
  .flatMap((d) => {
    const meta = json<{ kind: string; electionId?: string }>("data", "datasets", d, "meta.json");
    if (meta.kind !== "turnout") return [];
    const election = json<{ id: string; electionDate: string }>(
      "data",
      "datasets",
      meta.electionId!,
      "meta.json",
    );
    const files = readdirSync(path.join(ROOT, "data", "datasets", d, "revisions")).sort();
    const release = files
      .map((f) => json<Release>("data", "datasets", d, "revisions", f))
      .findLast((r) => r.units && !r.partialUnits)!;
    return [{ id: election.id, date: election.electionDate, release }];
  })
  .sort((a, b) => a.date.localeCompare(b.date));
const UNITS = json<{ units: { id: string; from?: string; splitFrom?: string }[] }>(
  "data",
  "units.json",
).units;
const NAMES = json<{ names: { id: string; ru: string; kk: string }[] }>("data", "names.json").names;
const EN_NAMES = new Map(
  json<{ units: { id: string; name: string }[] }>(
    "data",
    "datasets",
    "kz-2023-turnout-mazhilis",
    "meta.json",
  ).units.map((u) => [u.id, u.name]),
);
const nameIn = (locale: Locale, id: string) =>
  locale === "en" ? EN_NAMES.get(id)! : NAMES.find((n) => n.id === id)![locale];
const catalogue = (locale: Locale) =>
  json<{ regionVotes: { tableLabel: string; title: string }; region: { rankOf: string } }>(
    "lib",
    "i18n",
    "messages",
    `${locale}.json`,
  );
const words = (locale: Locale) => catalogue(locale).regionVotes;

/** A figure as each language writes it: "81,6%" (kk), "81,6 %" (ru), "81.6%" (en). */
function pct(v: number, decimals: number, locale: Locale): RegExp {
  const digits = v.toFixed(decimals).replace(".", locale === "en" ? "\\." : ",");
  return new RegExp(`(^|\\s)${digits}${locale === "ru" ? "\\s" : ""}%`);
}
const percentOf = (r: Release, unit: string) => r.units!.find((u) => u.unit === unit)?.percent;

/** The table of votes on a unit's page, found by its accessible name. */
function votesTable(page: Page, locale: Locale, id: string) {
  return page.getByRole("region", {
    name: words(locale).tableLabel.replace("{name}", nameIn(locale, id)),
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a unit that kept its territory has a row per vote with its stored figures (kk)", async ({
    page,
  }) => {
    await page.goto("/kk/regions/kyzylorda");
    await expect(page.getByRole("heading", { name: words("kk").title })).toBeVisible();
    const rows = votesTable(page, "kk", "kyzylorda").locator("tbody tr");
    await expect(rows).toHaveCount(VOTES.length);
    for (const [i, v] of VOTES.entries()) {
      const row = rows.nth(i);
      const mine = percentOf(v.release, "kyzylorda")!;
      const p = v.release.precision;
      await expect(row).toHaveAttribute("data-vote", v.id);
      await expect(row.locator("td").nth(1)).toHaveText(pct(mine, p, "kk"));
      const rank = v.release.units!.filter((u) => u.percent > mine).length + 1;
      await expect(row.locator("td").nth(2)).toHaveText(
        catalogue("kk")
          .region.rankOf.replace("{rank}", String(rank))
          .replace("{of}", String(v.release.units!.length)),
      );
      await expect(row.locator("td").nth(3)).toHaveText(pct(v.release.national.percent, p, "kk"));
      if (i === 0) continue;
      // Kyzylorda kept its territory: every later row has a change, the difference of the two stored values.
      const before = VOTES[i - 1]!;
      const change = Math.round((mine - percentOf(before.release, "kyzylorda")!) * 100) / 100;
      const digits = Math.abs(change)
        .toFixed(Math.min(p, before.release.precision))
        .replace(".", ",");
      const sign = change > 0 ? "\\+" : change < 0 ? "−" : "";
      await expect(row.locator("td").nth(5)).toHaveText(new RegExp(`^${sign}${digits}\\s`));
    }
    // The chart is an image named by its title and described by the text under it.
    const chart = page.locator("svg[role='img'][aria-describedby='region-votes-summary']");
    await expect(chart).toBeVisible();
    await expect(chart.locator("circle")).toHaveCount(VOTES.length);
    await expect(page.locator("#region-votes-summary")).toContainText(nameIn("kk", "kyzylorda"));
  });

  test("a region that lost territory says so, and links the region carved out of it (ru)", async ({
    page,
  }) => {
    await page.goto("/ru/regions/karaganda");
    const rows = votesTable(page, "ru", "karaganda").locator("tbody tr");
    await expect(rows).toHaveCount(VOTES.length);
    const split = UNITS.filter((u) => u.splitFrom === "karaganda");
    const after = VOTES.findIndex((v) => v.date >= split[0]!.from!);
    // The first vote after the split has no change, and says which region was split off.
    const cell = rows.nth(after).locator("td").nth(5);
    await expect(cell).toContainText("территория изменилась");
    await expect(cell).toContainText(nameIn("ru", split[0]!.id));
    await expect(
      rows
        .nth(after + 1)
        .locator("td")
        .nth(5),
    ).toHaveText(/^[+−]\d/);
    const lineage = page.locator("[data-lineage]");
    for (const u of split) {
      const link = lineage.getByRole("link", { name: nameIn("ru", u.id) });
      await expect(link).toHaveAttribute("href", `/ru/regions/${u.id}`);
    }
    await lineage.getByRole("link", { name: nameIn("ru", split[0]!.id) }).click();
    await expect(page).toHaveURL(new RegExp(`/ru/regions/${split[0]!.id}$`));
    await expect(
      page.locator("[data-lineage]").getByRole("link", { name: nameIn("ru", "karaganda") }),
    ).toHaveAttribute("href", "/ru/regions/karaganda");
  });

  test("a region created in 2022 has only the votes since, and links the region it came from (en)", async ({
    page,
  }) => {
    const abai = UNITS.find((u) => u.id === "abai")!;
    const since = VOTES.filter((v) => v.date >= abai.from!);
    await page.goto("/en/regions/abai");
    const rows = votesTable(page, "en", "abai").locator("tbody tr");
    await expect(rows).toHaveCount(since.length);
    for (const [i, v] of since.entries())
      await expect(rows.nth(i)).toHaveAttribute("data-vote", v.id);
    await expect(rows.first().locator("td").nth(5)).toHaveText(
      "did not exist at the vote before: created on 8 Jun 2022",
    );
    const from = page
      .locator("[data-lineage]")
      .getByRole("link", { name: nameIn("en", abai.splitFrom!) });
    await expect(from).toHaveAttribute("href", `/en/regions/${abai.splitFrom}`);
    await from.click();
    // The predecessor's page has a row for every vote, its earlier ones covering Abai's territory.
    await expect(votesTable(page, "en", abai.splitFrom!).locator("tbody tr")).toHaveCount(
      VOTES.length,
    );
    await expect(
      page.locator("[data-lineage]").getByRole("link", { name: nameIn("en", "abai") }),
    ).toHaveAttribute("href", "/en/regions/abai");
  });

  test("each row's sources lead to the page's list, and a release on one source is marked", async ({
    page,
  }) => {
    await page.goto("/en/regions/kyzylorda");
    const rows = votesTable(page, "en", "kyzylorda").locator("tbody tr");
    for (const [i, v] of VOTES.entries()) {
      const links = rows.nth(i).locator('a[href^="#source-"]');
      await expect(links).toHaveCount(v.release.sourceIds.length);
      for (const id of v.release.sourceIds)
        await expect(page.locator(`li#source-${id}`)).toContainText("turnout by vote");
      const one =
        new Set([...v.release.sourceIds, ...(v.release.confirmingSourceIds ?? [])]).size === 1;
      await expect(rows.nth(i).locator("[data-one-source]")).toHaveCount(one ? 1 : 0);
    }
  });
});

test("axe finds nothing on a new region's page on a phone in the dark theme", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await context.addInitScript(() => localStorage.setItem("theme", "dark"));
  await page.emulateMedia({ colorScheme: "dark" });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/kk/regions/abai");
  expect(await axeViolations(page)).toEqual([]);
});
