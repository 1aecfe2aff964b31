import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";

import { isReady, moveUntil } from "./helpers";

/**
 * The interactive charts (recharts), which replace the drawn picture at the reader's first move:
 * the defects of issue 27 that the drawn picture no longer has must not come back with them.
 */

const LOCALES = ["kk", "ru", "en"] as const;

/** Opens a chart page and moves until its interactive chart has replaced the picture. */
async function openInteractive(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  const box = page.locator("figure[data-chart-id] [data-chart-ready]").first();
  await moveUntil(page, () => isReady(box));
  await expect(box.locator(".recharts-surface").first()).toBeVisible();
  return box;
}

interface TickText {
  lines: string[];
  rect: { left: number; right: number; top: number; bottom: number };
  /** The text's transform to the screen has no turn (a rotated label has b or c off zero). */
  level: boolean;
}

/** Every category name recharts printed on an axis: its lines, its box, and whether it is level. */
function tickTexts(box: Locator, axis: "x" | "y"): Promise<TickText[]> {
  return box.locator(`.recharts-${axis}Axis-tick-labels text`).evaluateAll((els) =>
    els.map((e) => {
      const m = (e as SVGTextElement).getScreenCTM()!;
      const r = e.getBoundingClientRect();
      const spans = [...e.querySelectorAll("tspan")].map((t) => t.textContent ?? "");
      return {
        lines: spans.length > 0 ? spans : [e.textContent ?? ""],
        rect: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
        level: Math.abs(m.b) < 1e-6 && Math.abs(m.c) < 1e-6,
      };
    }),
  );
}

const overlap = (a: TickText["rect"], b: TickText["rect"]) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** A name's lines join back into the whole name: nothing cut, no "…", no word broken mid-way. */
function expectWhole(t: TickText, names: string[], where: string) {
  const joined = t.lines.map((l) => l.trim()).join(" ");
  expect(joined, where).not.toContain("…");
  expect(
    names.some((n) => n.replace(/- /g, "-") === joined.replace(/- /g, "-")),
    `${where}: "${joined}" is one of ${JSON.stringify(names)}`,
  ).toBe(true);
}

/** The names in the first column of the figure's own table, drawn on the server. */
async function tableNames(page: Page): Promise<string[]> {
  const names = await page
    .locator("figure[data-chart-id] table tbody tr > :first-child")
    .allTextContents();
  return names.map((n) => n.trim());
}

test("the 2019-vs-2022 comparison has a key of its years and level, whole names at 360 px", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const locale of LOCALES) {
    const box = await openInteractive(page, `/${locale}/charts/kz-2019-vs-2022`);
    // The table's header names the two series: the key must name the same, each with a swatch.
    const years = (await page.locator("figure[data-chart-id] table thead th").allTextContents())
      .slice(1)
      .map((y) => y.trim());
    const key = box.locator(".recharts-legend-wrapper li");
    await expect(key).toHaveText(years);
    await expect(key.locator("span[aria-hidden]")).toHaveCount(years.length);
    const names = await tableNames(page);
    const ticks = [...(await tickTexts(box, "x")), ...(await tickTexts(box, "y"))].filter((t) =>
      names.some((n) => n.startsWith(t.lines[0]!.trim())),
    );
    expect(ticks.length, locale).toBe(names.length);
    for (const t of ticks) {
      expect(t.level, `${locale}: ${t.lines.join(" ")}`).toBe(true);
      expectWhole(t, names, locale);
    }
    for (let i = 1; i < ticks.length; i++)
      expect(overlap(ticks[i - 1]!.rect, ticks[i]!.rect), locale).toBe(false);
  }
});

test("long names beside recharts bars are whole at 360 and 1280 px", async ({ page }) => {
  const pages = [
    "/en/charts/campaign-members",
    "/ru/charts/kz-2023-mazhilis-votes",
    "/kk/charts/kz-2023-mazhilis-votes",
  ];
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of pages) {
      const box = await openInteractive(page, path);
      const names = await tableNames(page);
      const ticks = await tickTexts(box, "y");
      expect(ticks.length, `${path} ${width}`).toBe(names.length);
      for (const t of ticks) expectWhole(t, names, `${path} ${width}`);
      for (let i = 1; i < ticks.length; i++)
        expect(overlap(ticks[i - 1]!.rect, ticks[i]!.rect), `${path} ${width} ${i}`).toBe(false);
    }
  }
});

test("the turnout lines: the last times keep apart at 360 px, and a hovered line is named", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const locale of LOCALES) {
    const box = await openInteractive(page, `/${locale}/charts/kz-2022-turnout-intraday`);
    const ticks = await tickTexts(box, "x");
    expect(ticks.length, locale).toBeGreaterThan(1);
    for (let i = 1; i < ticks.length; i++)
      expect(
        overlap(ticks[i - 1]!.rect, ticks[i]!.rect),
        `${locale}: ${ticks[i - 1]!.lines} / ${ticks[i]!.lines}`,
      ).toBe(false);
    // Every printed time sits inside the chart: the last one is not pushed past its right edge.
    const chart = (await box.boundingBox())!;
    expect(ticks.at(-1)!.rect.right, locale).toBeLessThanOrEqual(chart.x + chart.width + 1);
  }

  // A grey line under the pointer is lit and named. The point is taken from a drawn regional line
  // itself, so the test does not depend on where any figure lies.
  await page.setViewportSize({ width: 1280, height: 900 });
  const box = await openInteractive(page, "/en/charts/kz-2022-turnout-intraday");
  const regions = await page
    .locator("figure[data-chart-id] table thead th")
    .allTextContents()
    .then((h) => h.slice(2).map((x) => x.trim()));
  expect(regions.length).toBeGreaterThan(10);
  const curves = box.locator(".recharts-line .recharts-line-curve");
  const n = await curves.count();
  // The regions are drawn first, the national line last; the lowest regional line at the last time
  // keeps clear of the others there.
  const target = await curves.evaluateAll((paths, count) => {
    const regional = paths.slice(0, count - 1) as SVGPathElement[];
    const ends = regional.map((p) => {
      const len = p.getTotalLength();
      const pt = p.getPointAtLength(len);
      const m = p.getScreenCTM()!;
      return { x: pt.x * m.a + m.e, y: pt.y * m.d + m.f };
    });
    return ends.reduce((lo, e) => (e.y > lo.y ? e : lo));
  }, n);
  await page.mouse.move(target.x - 2, target.y);
  const tooltip = box.locator(".recharts-tooltip-wrapper");
  await expect(tooltip).toBeVisible();
  const named = await tooltip.locator("[data-hovered-series]").textContent();
  expect(
    regions.some((r) => named?.includes(r)),
    `tooltip: ${named}`,
  ).toBe(true);
  // The named line is drawn lit: one regional line is wider than the rest.
  const widths = await curves.evaluateAll((paths) =>
    paths.map((p) => Number(p.getAttribute("stroke-width"))),
  );
  expect(widths.filter((w) => w > 1).length).toBe(2);

  // From the keyboard: Right picks a time, Down names the regional lines one by one.
  await page.mouse.move(0, 0);
  await box.locator("svg.recharts-surface").first().focus();
  await page.keyboard.press("ArrowRight");
  const named2 = tooltip.locator("[data-hovered-series]");
  await page.keyboard.press("ArrowDown");
  await expect(named2).toBeVisible();
  const first = await named2.textContent();
  await page.keyboard.press("ArrowDown");
  await expect(named2).not.toHaveText(first!);
  expect(
    regions.some((r) => first?.includes(r)),
    `keyboard: ${first}`,
  ).toBe(true);
});

test("a lit line's end label and the national one keep apart, inside the chart, on top and clear of the tooltip", async ({
  page,
}) => {
  for (const [locale, width] of [
    ["kk", 360],
    ["ru", 360],
    ["ru", 1280],
    ["en", 360],
    ["en", 1280],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    const box = await openInteractive(page, `/${locale}/charts/kz-2022-turnout-intraday`);
    const curves = box.locator(".recharts-line .recharts-line-curve");
    // The regional line that ends nearest the national one: the two labels would meet there.
    const target = await curves.evaluateAll((paths) => {
      const ends = (paths as SVGPathElement[]).map((p) => {
        const pt = p.getPointAtLength(p.getTotalLength());
        const m = p.getScreenCTM()!;
        return { x: pt.x * m.a + m.e, y: pt.y * m.d + m.f };
      });
      const national = ends.at(-1)!;
      return ends
        .slice(0, -1)
        .reduce((b, e) => (Math.abs(e.y - national.y) < Math.abs(b.y - national.y) ? e : b));
    });
    await page.mouse.move(target.x - 2, target.y);
    const labels = box.locator("svg.recharts-surface text[font-weight='700']");
    await expect(labels).toHaveCount(2);
    const surface = (await box.locator("svg.recharts-surface").first().boundingBox())!;
    const found = await labels.evaluateAll((ts) =>
      ts.map((t) => {
        const r = t.getBoundingClientRect();
        // What the reader sees at the middle of the label's left half and right half.
        const onTop = [0.25, 0.75].every((f) => {
          const hit = document.elementFromPoint(r.left + r.width * f, r.top + r.height / 2);
          return hit === t || (hit !== null && t.parentElement!.contains(hit));
        });
        return {
          text: t.textContent ?? "",
          rect: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
          onTop,
        };
      }),
    );
    const [a, b] = found;
    expect(overlap(a!.rect, b!.rect), `${locale} ${width}: ${a!.text} / ${b!.text}`).toBe(false);
    const tip = box.locator(".recharts-tooltip-wrapper > div");
    await expect(tip).toBeVisible();
    // The tooltip glides to its place; what counts is where it comes to rest.
    const covered = async () => {
      const t = (await tip.boundingBox())!;
      const rect = { left: t.x, right: t.x + t.width, top: t.y, bottom: t.y + t.height };
      return found.filter((l) => overlap(l.rect, rect)).map((l) => l.text);
    };
    await expect.poll(covered, { message: `${locale} ${width}: the tooltip covers` }).toEqual([]);
    // On a phone its longest line wraps rather than run out of the chart's right edge.
    const t = (await tip.boundingBox())!;
    expect(t.x, `${locale} ${width}: the tooltip's left edge`).toBeGreaterThanOrEqual(
      surface.x - 1,
    );
    expect(t.x + t.width, `${locale} ${width}: the tooltip's right edge`).toBeLessThanOrEqual(
      surface.x + surface.width + 1,
    );
    for (const l of found) {
      expect(l.onTop, `${locale} ${width}: ${l.text} is covered`).toBe(true);
      expect(l.rect.left, `${locale} ${width}: ${l.text}`).toBeGreaterThanOrEqual(surface.x);
      expect(l.rect.right, `${locale} ${width}: ${l.text}`).toBeLessThanOrEqual(
        surface.x + surface.width,
      );
    }
  }
});

test("axe finds nothing in the interactive bars and lines, a line lit", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of ["/kk/charts/kz-2019-vs-2022", "/ru/charts/kz-2022-turnout-intraday"]) {
    const box = await openInteractive(page, path);
    await box.locator("svg.recharts-surface").first().focus();
    await page.keyboard.press("ArrowDown");
    const results = await new AxeBuilder({ page }).include("figure[data-chart-id]").analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes[0]?.html}`),
      path,
    ).toEqual([]);
  }
});
