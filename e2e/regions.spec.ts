import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

import { axeViolations, isReady, moveUntil } from "./helpers";

/** The turnout files, read independently of the app's loader. */
const DIR = path.resolve(import.meta.dirname, "..", "data", "datasets", "kz-2022-turnout-intraday");
const META = JSON.parse(readFileSync(path.join(DIR, "meta.json"), "utf8")) as {
  units: { id: string; name: string }[];
};
function release(file: string): Record<string, number> {
  const r = JSON.parse(readFileSync(path.join(DIR, "revisions", file), "utf8")) as {
    units: { unit: string; percent: number }[];
  };
  return Object.fromEntries(r.units.map((u) => [u.unit, u.percent]));
}
const AT_1005 = release("2022-11-20T1005-preliminary.json");
const AT_2200 = release("2022-11-20T2200-preliminary.json");
/**
 * The releases with figures by region, which the slider offers. The 2022 final count gave the
 * country's figure only, so the map draws the newest of these by default and marks it.
 */
const MAPPED = readdirSync(path.join(DIR, "revisions")).filter(
  (f) => "units" in (JSON.parse(readFileSync(path.join(DIR, "revisions", f), "utf8")) as object),
);
const NEWEST_MAPPED = MAPPED.at(-1)!.replace(/.*T(\d\d)(\d\d).*/, "$1:$2");

const MAP = "/en/charts/kz-2022-turnout-map";
/** Reading order of the tile grid, row by row and west to east, as drawn in lib/charts/model/tile-grid.ts. */
const READING_ORDER = [
  "north-kazakhstan",
  "astana",
  "west-kazakhstan",
  "kostanay",
  "akmola",
  "pavlodar",
  "atyrau",
  "aktobe",
  "ulytau",
  "karaganda",
  "abai",
  "east-kazakhstan",
  "mangystau",
  "kyzylorda",
  "turkistan",
  "zhambyl",
  "almaty-region",
  "zhetysu",
  "shymkent",
  "almaty-city",
];

const pct = (v: number) => `${v.toFixed(2)}%`;
// Each tile has a link per screen width (phone, wider); the test's viewport shows one of them.
const tile = (page: Page, id: string) => page.locator(`[data-tile="${id}"]:visible`);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A tile's name: what it shows (short name, value), then the unit's full name. */
const tileName = (name: string, value: number) =>
  new RegExp(`^\\S.* ${escape(pct(value))}, ${escape(name)}$`);

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the map is drawn: 20 tiles named with their value, a colour key and a table", async ({
    page,
  }) => {
    await page.goto(MAP);
    const map = page.getByTestId("tile-map");
    await expect(map.locator("[data-tile]:visible")).toHaveCount(20);
    for (const u of META.units)
      await expect(tile(page, u.id)).toHaveAttribute(
        "aria-label",
        tileName(u.name, AT_2200[u.id]!),
      );
    await expect(page.getByRole("list", { name: "Colour key" }).getByRole("listitem")).toHaveCount(
      5,
    );
    await page.getByText("Show table").click();
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(21);
  });

  test("the slider is links: a release is a URL, and it recolours the tiles", async ({ page }) => {
    await page.goto(MAP);
    // Almaty city: 28.72% at 22:00 (20–40 step), 8.42% at 10:05 (under 20).
    await expect(tile(page, "almaty-city").locator("rect")).toHaveAttribute(
      "fill",
      "var(--scale-2)",
    );
    await page.getByRole("link", { name: "Release 10:05" }).click();
    await expect(page).toHaveURL(/\?release=1005$/);
    await expect(page.getByRole("link", { name: "Release 10:05" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(tile(page, "almaty-city").locator("rect")).toHaveAttribute(
      "fill",
      "var(--scale-1)",
    );
    await expect(tile(page, "almaty-city")).toHaveAttribute(
      "aria-label",
      tileName("Almaty (city)", AT_1005["almaty-city"]!),
    );
  });
});

test("the release marked on the slider is the one the map draws; a count with no regional figures is no step", async ({
  page,
}) => {
  await page.goto(MAP);
  const slider = page.getByTestId("release-slider");
  await expect(slider.getByRole("link")).toHaveCount(MAPPED.length);
  await expect(slider.locator('[aria-current="page"]')).toHaveAccessibleName(
    `Release ${NEWEST_MAPPED}`,
  );
});

test("the slider keeps the rest of the view and the downloads follow it", async ({ page }) => {
  await page.goto(`${MAP}?type=table&utm_source=x`);
  await page.getByRole("link", { name: "Release 14:05" }).click();
  await expect(page).toHaveURL(/\?type=table&release=1405$/);
  const csv = await page.locator('[data-download="csv-current"]').getAttribute("href");
  expect(csv).toContain("release=1405");
  const body = await (await page.request.get(csv!)).text();
  expect(body).toContain("Turkistan Region,76.61");
});

test("a release the map does not have falls back to the newest, with a notice", async ({
  page,
}) => {
  await page.goto(`${MAP}?release=1300`);
  await expect(page.getByTestId("invalid-params")).toContainText("release");
  await expect(
    page.getByTestId("release-slider").locator('[aria-current="page"]'),
  ).toHaveAccessibleName(`Release ${NEWEST_MAPPED}`);
});

test("Tab reaches every tile in reading order, each announced with its value", async ({ page }) => {
  await page.goto(MAP);
  // The map comes first and its controls after it: start at the first tile and walk the rest.
  await tile(page, READING_ORDER[0]!).focus();
  const reached: string[] = [];
  for (let i = 0; i < 20; i++) {
    if (i > 0) await page.keyboard.press("Tab");
    reached.push(
      await page.evaluate(() => document.activeElement?.getAttribute("data-tile") ?? ""),
    );
  }
  expect(reached).toEqual(READING_ORDER);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/regions\/almaty-city$/);
});

test("every unit has a page with its curve, each release's rank and change, and sources", async ({
  page,
}) => {
  test.setTimeout(120_000);
  for (const u of META.units) {
    await page.goto(`/en/regions/${u.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(u.name);
    const table = page.getByRole("region", { name: `${u.name}: turnout at each release` });
    await expect(table.getByRole("row")).toHaveCount(8);
    await expect(table.getByRole("row").last()).toContainText(pct(AT_2200[u.id]!));
    await expect(page.locator("figure[data-chart-id='kz-2022-turnout-intraday']")).toBeVisible();
    await expect(page.locator("#sources ~ ul li").first()).toBeVisible();
  }
});

test("a release that one outlet alone printed is marked in a unit's table, and no other is", async ({
  page,
}) => {
  const sourcesOf = (file: string) => {
    const r = JSON.parse(readFileSync(path.join(DIR, "revisions", file), "utf8")) as {
      label: string;
      sourceIds: string[];
      confirmingSourceIds?: string[];
      units?: unknown[];
    };
    return { ...r, count: new Set([...r.sourceIds, ...(r.confirmingSourceIds ?? [])]).size };
  };
  const releases = readdirSync(path.join(DIR, "revisions"))
    .map(sourcesOf)
    .filter((r) => r.units);
  await page.goto(`/ru/regions/${META.units[0]!.id}`);
  // The day's table, not the table of votes further down.
  const rows = page.getByRole("region", { name: /^Явка по каждой сводке: / }).locator("tbody tr");
  await expect(rows).toHaveCount(releases.length);
  const marked = await rows.evaluateAll((trs) =>
    trs.map((tr) => tr.querySelector("[data-one-source]") !== null),
  );
  expect(marked).toEqual(releases.map((r) => r.count === 1));
  expect(marked).toContain(true);
});

test("an unknown unit is a not-found page that leads to the map, and no cache may keep it", async ({
  page,
}) => {
  const res = await page.goto("/ru/regions/atlantis");
  expect(res?.status()).toBe(404);
  expect(res?.headers()["cache-control"]).toContain("no-store");
  // Outside the language's layout the page cannot know the language, so it says so in all three.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Бет табылмады");
  await expect(page.locator('section[lang="ru"] h2')).toHaveText("Страница не найдена");
  await expect(page.locator('section[lang="en"] h2')).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: /map of all 17 regions/ })).toHaveAttribute(
    "href",
    "/en/charts/kz-2022-turnout-map",
  );
});

test("units are linked from the map's table and the bar chart of regions", async ({ page }) => {
  await page.goto(`${MAP}?type=table`);
  await page.getByRole("table").getByRole("link", { name: "Shymkent (city)" }).click();
  await expect(page).toHaveURL(/\/regions\/shymkent$/);
  await page.goto("/en/charts/kz-2022-turnout-regions");
  // The drawn chart is a picture: until the interactive one loads, the names link from its table.
  await page.getByText("Show table").click();
  await expect(
    page.getByRole("table").getByRole("link", { name: "Zhetysu Region" }),
  ).toHaveAttribute("href", "/en/regions/zhetysu");
  // The interactive chart that replaces the drawn one at the first move keeps the links.
  const chart = page.locator('[data-chart-ready="true"] .recharts-yAxis-tick-labels');
  await moveUntil(page, async () => (await chart.count()) > 0);
  await expect(chart.getByRole("link", { name: "Almaty (city)" })).toHaveAttribute(
    "href",
    "/en/regions/almaty-city",
  );
  await expect(chart.getByRole("link")).toHaveCount(20);
  await chart.getByRole("link", { name: "Almaty (city)" }).click();
  await expect(page).toHaveURL(/\/regions\/almaty-city$/);
});

test("a region page's preview image picks out the region and its alt text names it with its figure", async ({
  page,
  request,
}) => {
  await page.goto("/ru/regions/north-kazakhstan");
  const name = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  const image = page.locator('meta[property="og:image"]');
  const url = new URL((await image.getAttribute("content"))!);
  expect(url.searchParams.get("highlight")).toBe("north-kazakhstan");
  const alt = await page.locator('meta[property="og:image:alt"]').getAttribute("content");
  expect(alt).toContain(name);
  expect(alt).toContain(String(AT_2200["north-kazakhstan"]).replace(".", ","));
  const png = await request.get(url.pathname + url.search);
  expect(png.headers()["content-type"]).toBe("image/png");
});

test("the map has a preview image and SVG per release, and is in the registry", async ({
  request,
}) => {
  const og = await request.get("/api/og/kz-2022-turnout-map?release=1005");
  expect(og.status()).toBe(200);
  expect(og.headers()["content-type"]).toBe("image/png");
  const svg = await (
    await request.get("/api/charts/kz-2022-turnout-map/image.svg?release=1005")
  ).text();
  expect(svg).toContain(`<title>Almaty (city): ${pct(AT_1005["almaty-city"]!)}</title>`);
  const list = (await (await request.get("/api/charts")).json()) as {
    charts: { id: string; views: { release: boolean } }[];
  };
  expect(list.charts.find((c) => c.id === "kz-2022-turnout-map")?.views.release).toBe(true);
});

for (const width of [320, 360]) {
  test(`the map and a region page fit ${width} px without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const url of [MAP, "/en/regions/north-kazakhstan"]) {
      await page.goto(url);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, url).toBe(0);
    }
  });
}

for (const theme of ["light", "dark"] as const) {
  test(`axe finds nothing on the map and a region page (${theme})`, async ({ page, context }) => {
    test.setTimeout(120_000);
    await context.addInitScript((t) => localStorage.setItem("theme", t), theme);
    await page.emulateMedia({ colorScheme: theme });
    for (const url of [`${MAP}?release=1205`, "/en/regions/almaty-city"]) {
      await page.goto(url);
      for (const s of await page.locator("summary").all()) await s.click();
      expect(await axeViolations(page)).toEqual([]);
    }
  });
}

/** axe with the rules Lighthouse's accessibility audit runs. */
function lighthouseAxe(page: Page) {
  return (
    new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      // An experimental rule, off unless asked for; Lighthouse runs it.
      .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
  );
}

// Lighthouse audits a phone's viewport; at that width the map shows codes and the bars are tighter.
test("axe on a phone finds nothing on the dashboard, the map and a region page, as Lighthouse runs it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  for (const url of ["/en", MAP, "/en/regions/almaty-city"]) {
    await page.goto(url);
    const results = await lighthouseAxe(page).analyze();
    expect(
      results.violations.map((v) => `${url} ${v.id}: ${v.nodes[0]?.target.join(" ")}`),
    ).toEqual([]);
  }
});

test("the interactive bars of regions, once loaded on a phone, keep their region links apart for axe", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/en/charts/kz-2022-turnout-regions");
  await page.waitForLoadState("networkidle");
  const box = page.locator("figure[data-chart-id] [data-chart-ready]");
  await moveUntil(page, () => isReady(box));
  await expect(box).toHaveAttribute("data-chart-ready", "true");
  // The tick labels are links to each region's page.
  await expect(box.locator('a[href^="/en/regions/"]').first()).toBeVisible();
  const results = await lighthouseAxe(page).include("figure[data-chart-id]").analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
});
