import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { expect, test, type Page } from "@playwright/test";

import { axeViolations, isReady, moveUntil, rawFigures, settled } from "./helpers";

const DATA = path.resolve(import.meta.dirname, "..", "data");
const LOCALES = ["kk", "ru", "en"] as const;
const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(DATA, file), "utf8")) as T;

/** The newest revision of the 2022 presidential vote, read straight from data/ (files sort by time). */
function headlineRevision() {
  const dir = "datasets/kz-2022-presidential/revisions";
  const newest = readdirSync(path.join(DATA, dir)).sort().at(-1)!;
  return read<{
    status: string;
    turnout: { percent: number };
    results: { option: string; votes: number; share?: number }[];
  }>(`${dir}/${newest}`);
}

/**
 * The figures the issue found two or three times on the dashboard, with their English text as the
 * article states them (checked by hand against the article: "more than $45 billion", "about $17
 * billion", "76 Russian regions", "more than 30 projects").
 */
const ONCE = [
  { id: "brics-trade-2021", value: 45e9, text: /> \$45 billion/g },
  { id: "russian-investment-total", value: 17e9, text: /≈ \$17 billion/g },
  { id: "russian-regions-with-direct-ties", value: 76, text: /(?<![\d.,¶-])76(?![\d.,%])/g },
  { id: "joint-investment-projects", value: 30, text: /> 30(?![\d.,%])/g },
];

/**
 * The page's visible text, each chart counted once: a chart's caption says its figures again in a
 * sentence, as its text description for readers who cannot see the chart, in the same place.
 */
const shownText = (page: Page) =>
  page.locator("main").evaluate((main) => {
    for (const c of main.querySelectorAll("figcaption")) (c as HTMLElement).style.display = "none";
    return (main as HTMLElement).innerText;
  });

/** Opens a page until the network is idle, keeping the address of every script it fetches, then and after. */
async function openCountingScripts(page: Page, url: string): Promise<string[]> {
  const scripts: string[] = [];
  page.on("response", (r) => {
    if (r.request().resourceType() === "script") scripts.push(r.url());
  });
  await page.goto(url, { waitUntil: "networkidle" });
  return scripts;
}

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("the first screen shows the result, from data/, and the results chart starts on it", async ({
    page,
  }) => {
    const r = headlineRevision();
    const winner = [...r.results].sort((a, b) => b.votes - a.votes)[0]!;
    for (const locale of LOCALES) {
      await page.goto(`/${locale}`);
      const result = page.locator("[data-headline-result]");
      await expect(result.locator("[data-winner]")).toHaveAttribute("data-winner", winner.option);
      await expect(result.locator(`[data-value="${winner.share}"]`)).toBeVisible();
      await expect(result.locator(`[data-value="${r.turnout.percent}"]`)).toBeVisible();
      await expect(result.getByTestId("headline-status")).toHaveAttribute("data-status", r.status);
      // Said once on the first screen: the results chart beside the headline repeats no badge.
      await expect(page.locator('[data-chart-id="kz-2022-results"] [data-status]')).toHaveCount(0);
      const box = (await result.boundingBox())!;
      expect(box.y + box.height, locale).toBeLessThanOrEqual(780);
      const chart = (await page.locator('[data-chart-id="kz-2022-results"]').boundingBox())!;
      // The chart's title and the first bars, not just its top edge.
      expect(chart.y + 120, locale).toBeLessThanOrEqual(780);
      const map = (await page.locator('[data-chart-id="kz-2022-turnout-map"]').boundingBox())!;
      expect(map.y, locale).toBeGreaterThan(chart.y);
    }
  });

  test("the results chart's picture, the largest thing on the first screen, is fetched at once and first", async ({
    page,
  }) => {
    await page.goto("/ru");
    const pictures = page.locator("img[data-static-chart]");
    const lead = page.locator('[data-chart-id="kz-2022-results"] img[data-static-chart]');
    await expect(lead).toHaveAttribute("loading", "eager");
    await expect(lead).toHaveAttribute("fetchpriority", "high");
    // Every other picture waits until the reader comes near it.
    const others = await pictures.evaluateAll((imgs) =>
      imgs
        .filter((i) => !i.closest('[data-chart-id="kz-2022-results"]'))
        .map((i) => [i.getAttribute("loading"), i.getAttribute("fetchpriority")]),
    );
    expect(others.length).toBeGreaterThan(0);
    for (const o of others) expect(o).toEqual(["lazy", null]);
  });

  test("a chart on the first screen fetches no chart code until the reader moves", async ({
    page,
  }) => {
    const scripts = await openCountingScripts(page, "/ru");
    const box = page.locator('[data-chart-id="kz-2022-results"] [data-chart-ready]');
    await expect(box).toBeInViewport();
    await settled(page);
    await expect(box).toHaveAttribute("data-chart-ready", "false");
    const before = scripts.length;
    await moveUntil(page, () => isReady(box));
    // The interactive chart came with code the first load did not carry.
    expect(scripts.length).toBeGreaterThan(before);
  });
});

test("the watcher for new revisions loads when it has work: a newer revision, or its first poll", async ({
  page,
}) => {
  const scripts = await openCountingScripts(page, "/ru");
  await settled(page);
  const loaded = scripts.length;
  // The reader comes back to the tab: the watcher's code comes now, not with the page.
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await expect.poll(() => scripts.length).toBeGreaterThan(loaded);

  // A copy of the page that is already behind says so at once, long before the first poll.
  await page.route("**/api/revision", async (route) => {
    const now = await (await route.fetch()).json();
    const [first] = Object.keys(now.datasets);
    await route.fulfill({ json: { ...now, datasets: { ...now.datasets, [first!]: "newer" } } });
  });
  await page.goto("/ru");
  await expect(page.getByRole("status").getByRole("button")).toBeVisible({ timeout: 10_000 });
});

test("each figure the dashboard repeated is shown once, and the dashboard links to it", async ({
  page,
}) => {
  const figures = rawFigures();
  await page.goto("/en");
  const dashboard = await shownText(page);
  await page.locator("#economy a").click();
  await expect(page).toHaveURL(/\/en\/figures#economy$/);
  const figuresPage = await shownText(page);
  for (const f of ONCE) {
    expect(figures.find((x) => x.id === f.id)?.value, f.id).toBe(f.value);
    const count = (text: string) => [...text.matchAll(f.text)].length;
    expect(count(dashboard) + count(figuresPage), f.id).toBe(1);
  }
  // Every figure of the article has its one card or chart row on that page, or the result above.
  for (const f of figures) {
    const cards = await page.locator(`[data-figure-id="${f.id}"]`).count();
    expect(cards, f.id).toBeLessThanOrEqual(1);
  }
});

test("the sources page lists every source, and every link to a list of sources lands on one", async ({
  page,
}) => {
  const sources = read<{ sources: { id: string }[] }>("sources.json").sources;
  for (const locale of ["kk", "ru"] as const) {
    await page.goto(`/${locale}`);
    // The dashboard's in-page anchors (sections, each chart's "more sources" link) all resolve.
    const anchors = await page
      .locator('main a[href^="#"], header a[href^="#"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")!.slice(1)));
    expect(anchors.length).toBeGreaterThan(0);
    for (const id of new Set(anchors))
      await expect(page.locator(`[id="${id}"]`), id).toHaveCount(1);
    await page.locator("#sources a").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/sources$`));
    await expect(page.locator('li[id^="source-"]')).toHaveCount(sources.length);
    for (const s of sources) await expect(page.locator(`li#source-${s.id}`)).toHaveCount(1);
  }
  const last = sources.at(-1)!.id;
  await page.goto(`/ru/sources#source-${last}`);
  await expect(page.locator(`#source-${last}`)).toBeInViewport();
});

test("each analysis line of the dashboard leads to a page that answers", async ({
  page,
  request,
}) => {
  await page.goto("/ru");
  const lines = page.locator("[data-chart-links] a");
  const hrefs = await lines.evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  // The charts named rather than drawn, the turnout checks and the observers of three votes.
  expect(hrefs.some((h) => h.startsWith("/ru/checks/turnout"))).toBe(true);
  expect(hrefs.filter((h) => h.startsWith("/ru/observers#")).length).toBeGreaterThanOrEqual(3);
  for (const href of hrefs) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
});

test("each election's further reading is listed under that election", async ({ page }) => {
  await page.goto("/ru");
  const linked = (section: string) =>
    page
      .locator(`#${section} [data-chart-link]`)
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-chart-link")!));
  const mazhilis = await linked("parliament");
  const presidential = await linked("election");
  expect(mazhilis).toContain("kz-2023-mazhilis-exit-polls");
  expect(presidential).toContain("kz-2022-exit-polls");
  expect(presidential.filter((id) => id.startsWith("kz-2023-mazhilis"))).toEqual([]);
  expect(mazhilis.filter((id) => !id.startsWith("kz-2023-mazhilis"))).toEqual([]);
});

test("the referendum and the 2019 observers are listed apart from more on the 2022 election", async ({
  page,
}) => {
  for (const locale of ["kk", "ru", "en"]) {
    await page.goto(`/${locale}`);
    const listed = (heading: string) =>
      page
        .locator(`ul[aria-labelledby="${heading}"] > li`)
        .evaluateAll((items) =>
          items.map(
            (li) => li.getAttribute("data-chart-link") ?? li.getAttribute("data-observers") ?? "",
          ),
        );
    const more = await listed("more-this");
    const earlier = await listed("more-earlier");
    expect(more, locale).toContain("kz-2022-exit-polls");
    expect(more, locale).toContain("kz-2019-vs-2022");
    expect(more, locale).toContain("kz-2022-presidential");
    expect(more, locale).not.toContain("kz-2022-referendum");
    expect(more, locale).not.toContain("kz-2019-presidential");
    expect(earlier, locale).toEqual(["kz-2022-referendum", "kz-2019-presidential"]);
    await expect(page.locator("#more-earlier")).toBeVisible();
  }
});

test("cards in a row put their numbers on one line, and no row is left half empty", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const url of ["/ru", "/ru/figures"]) {
    await page.goto(url);
    // Each grid of cards as rows: for each card, the bottom of its big number.
    const grids = await page.locator("[data-figure-id], [data-derived-id]").evaluateAll((cards) => {
      const byGrid = new Map<Element, Map<number, number[]>>();
      for (const c of cards) {
        const rows = byGrid.get(c.parentElement!) ?? new Map<number, number[]>();
        byGrid.set(c.parentElement!, rows);
        const top = Math.round(c.getBoundingClientRect().top);
        const value = c.querySelector(".text-3xl, .text-2xl")!.getBoundingClientRect();
        rows.set(top, [...(rows.get(top) ?? []), Math.round(value.bottom)]);
      }
      return [...byGrid.values()].map((rows) => [...rows.values()]);
    });
    for (const rows of grids) {
      const columns = Math.max(...rows.map((r) => r.length));
      for (const row of rows) {
        expect(new Set(row).size, `${url}: numbers of one row`).toBe(1);
        expect(row.length, `${url}: cards in a row of ${columns}`).toBeGreaterThan(columns / 2);
      }
    }
  }
});

test("a cards chart lines its numbers up and leaves no row half empty, at any width of its box", async ({
  page,
}) => {
  const urls = [
    "/kk/charts/kz-2022-polling",
    "/kk/charts/economy-partners",
    "/kk/charts/economy-money",
    "/ru/embed/kz-2022-polling",
  ];
  for (const width of [360, 700, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const url of urls) {
      await page.goto(url);
      // For each row of cards (by its top), the bottom of each card's big number.
      const rows = await page.locator('[data-testid="figure-cards"] > li').evaluateAll((cards) => {
        const byTop = new Map<number, number[]>();
        for (const c of cards) {
          const top = Math.round(c.getBoundingClientRect().top);
          const value = c.querySelector(".text-2xl")!.getBoundingClientRect();
          byTop.set(top, [...(byTop.get(top) ?? []), Math.round(value.bottom)]);
        }
        return [...byTop.values()];
      });
      const columns = Math.max(...rows.map((r) => r.length));
      for (const row of rows) {
        expect(new Set(row).size, `${url} at ${width}: numbers of one row`).toBe(1);
        expect(row.length, `${url} at ${width}: cards in a row of ${columns}`).toBeGreaterThan(
          columns / 2,
        );
      }
    }
  }
});

test("axe finds nothing on the figures and sources pages", async ({ page }) => {
  test.setTimeout(120_000);
  for (const url of ["/kk/figures", "/ru/sources"]) {
    await page.goto(url);
    for (const s of await page.locator("summary").all()) await s.click();
    expect(await axeViolations(page)).toEqual([]);
  }
});

test("the results chart keeps its status on its own page and in its embed", async ({ page }) => {
  const r = headlineRevision();
  for (const path of ["/ru/charts/kz-2022-results", "/kk/embed/kz-2022-results"]) {
    await page.goto(path);
    await expect(page.locator("figure [data-status]").first(), path).toHaveAttribute(
      "data-status",
      r.status,
    );
  }
});

test("the counts behind the turnout stand under the headline beside the chart, and after the chart on a phone", async ({
  page,
  request,
}) => {
  // Each count is one click from a CSV that holds it: the chart page its link leads to.
  await page.goto("/en");
  const link = page.locator("[data-headline-facts] a");
  const chart = (await link.getAttribute("href"))!.replace(/^\/en\/charts\/([^#]+)#sources$/, "$1");
  const csv = await (await request.get(`/api/charts/${chart}/data.csv`)).text();
  const values = await page
    .locator("[data-headline-facts] [data-value]")
    .evaluateAll((dds) => dds.map((d) => d.getAttribute("data-value")!));
  expect(values.length).toBe(2);
  for (const v of values) expect(csv).toContain(`,${v},`);

  const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
  for (const locale of LOCALES) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/${locale}`);
    const [head, facts, chart] = [
      await box("[data-headline-result]"),
      await box("[data-headline-facts]"),
      await box('[data-chart-id="kz-2022-results"]'),
    ];
    expect(facts.x, locale).toBe(head.x);
    expect(facts.y, locale).toBeGreaterThan(head.y + head.height);
    expect(facts.x + facts.width, locale).toBeLessThan(chart.x);
    expect(facts.y + facts.height, locale).toBeLessThanOrEqual(chart.y + chart.height);
    // A label that wraps leaves its figure on the same line as its neighbour's, in either card.
    for (const row of ["[data-headline-result] dd.text-3xl", "[data-fact] dd"]) {
      const bottoms = await page
        .locator(row)
        .evaluateAll((dds) => dds.map((d) => Math.round(d.getBoundingClientRect().bottom)));
      expect(bottoms.length, `${locale} ${row}`).toBe(2);
      expect(new Set(bottoms).size, `${locale} ${row}`).toBe(1);
    }

    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`/${locale}`);
    const [chartOnPhone, factsOnPhone, map] = [
      await box('[data-chart-id="kz-2022-results"]'),
      await box("[data-headline-facts]"),
      await box('[data-chart-id="kz-2022-turnout-map"]'),
    ];
    expect(factsOnPhone.y, locale).toBeGreaterThan(chartOnPhone.y + chartOnPhone.height);
    expect(map.y, locale).toBeGreaterThan(factsOnPhone.y + factsOnPhone.height);
  }
});
