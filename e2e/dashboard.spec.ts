import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { isReady, loadAllCharts, moveUntil, rawFigures, staticChartSvg } from "./helpers";

// Written from the issue and the article, not from the app's formatter.
const HEADLINE_TEXT: Record<string, string> = {
  "tokayev-vote-share-2022": "81.31%",
  "turnout-2022": "69.44%",
  "brics-trade-2021": "> $45 billion",
  "russian-investment-total": "≈ $17 billion",
  "campaign-hq-republican-members": "474",
  "campaign-hq-count": "226",
  "campaign-hq-network-members": "> 6,000",
};

const DATASETS = path.resolve(import.meta.dirname, "..", "data", "datasets");

test.describe("the dashboard", () => {
  test("shows every figure of the article as a card with the value in data/", async ({ page }) => {
    await page.goto("/en/figures");
    const figures = rawFigures();
    for (const [id, text] of Object.entries(HEADLINE_TEXT)) {
      const card = page.locator(`[data-figure-id="${id}"]`).first();
      await expect(card).toBeVisible();
      await expect(card).toHaveAttribute(
        "data-value",
        String(figures.find((f) => f.id === id)!.value),
      );
      await expect(card).toContainText(text);
    }
  });

  test("says which official result the article's vote share agrees with", async ({ page }) => {
    await page.goto("/en/figures");
    await expect(page.locator('[data-figure-id="tokayev-vote-share-2022"]')).toContainText(
      "Agrees with the CEC's final result of 22 Nov 2022.",
    );
  });

  test("shows every figure of the article exactly as stored", async ({ page }) => {
    await page.goto("/en/figures");
    for (const f of rawFigures()) {
      const shown = page.locator(`[data-figure-id="${f.id}"]`);
      await expect(shown.first(), f.id).toHaveAttribute("data-value", String(f.value));
    }
  });

  test("marks each figure that rests on the article alone, and no figure an official result confirms", async ({
    page,
  }) => {
    await page.goto("/ru/figures");
    for (const f of rawFigures()) {
      const shown = page.locator(`[data-figure-id="${f.id}"]`).first();
      // Held against an official dataset (checkAgainst), a figure has the CEC's sources too.
      await expect(shown.locator("[data-one-source]"), f.id).toHaveCount(f.checkAgainst ? 0 : 1);
    }
    // A chart of the article's figures alone says so once; the official result's chart does not.
    const note = (id: string) => page.locator(`figure[data-chart-id="${id}"] [data-one-source]`);
    await page.goto("/ru/charts/campaign-members");
    await expect(note("campaign-members")).toHaveCount(1);
    await page.goto("/ru");
    await expect(note("kz-2022-results")).toHaveCount(0);
  });

  test("gives every chart a title, a description, a status where it has one, and a real table", async ({
    page,
  }) => {
    await page.goto("/en");
    // The result, the map and the turnout through the day; the other charts are a link each.
    const charts = page.locator("figure[data-chart-id]");
    expect(await charts.count()).toBeGreaterThanOrEqual(3);
    for (const chart of await charts.all()) {
      await expect(chart.getByRole("heading", { level: 3 })).not.toBeEmpty();
      await expect(chart.locator("figcaption")).not.toBeEmpty();
      const table = chart.getByRole("table");
      await expect(table).toBeHidden();
      await chart.getByText("Show table").click();
      await expect(table).toBeVisible();
      expect(await table.locator("tbody tr").count()).toBeGreaterThan(0);
    }
    // On the dashboard the headline states it, beside the chart; on the chart's page, its badge.
    await expect(page.getByTestId("headline-status")).toHaveText(
      "Final result · CEC · 22 Nov 2022",
    );
    await page.goto("/en/charts/kz-2022-results");
    await expect(
      page.locator('[data-chart-id="kz-2022-results"] [data-status="final"]'),
    ).toHaveText("Final result · CEC · 22 Nov 2022");
    await page.goto("/en/charts/kz-2022-turnout-regions");
    await expect(
      page.locator('[data-chart-id="kz-2022-turnout-regions"] [data-status="preliminary"]'),
    ).toContainText("Preliminary");
  });

  test("lists the 2022 result of every option, against all included, in the table", async ({
    page,
  }) => {
    await page.goto("/en");
    const chart = page.locator('[data-chart-id="kz-2022-results"]');
    await chart.getByText("Show table").click();
    const rows = chart.locator("tbody tr");
    await expect(rows).toHaveCount(7);
    await expect(rows.filter({ hasText: "Against all" })).toContainText("460,484");
    await expect(rows.filter({ hasText: "Meiram Kazhyken" })).toContainText("200,907");
    await expect(rows.filter({ hasText: "Kassym-Jomart Tokayev" })).toContainText("81.31%");
  });

  test("loads the interactive chart as it scrolls into view, without moving the layout", async ({
    page,
  }) => {
    await page.goto("/en");
    const box = page.locator('[data-chart-id="kz-2022-turnout-intraday"] [data-chart-ready]');
    await expect(box).toHaveAttribute("data-chart-ready", "false");
    const before = await box.boundingBox();
    await box.scrollIntoViewIfNeeded();
    await expect(box).toHaveAttribute("data-chart-ready", "true");
    await expect(box.locator("svg.recharts-surface").first()).toBeVisible();
    const after = await box.boundingBox();
    expect(after?.height).toBe(before?.height);
  });

  test("shows the formula of a derived figure on demand", async ({ page }) => {
    await page.goto("/en/figures");
    const card = page.locator('[data-derived-id="ballots-not-valid-2022"]');
    await expect(card).toContainText("derived");
    await expect(
      card.getByText(/Ballots issued 8,300,046 − valid votes 7,940,478 = 359,568/),
    ).toBeHidden();
    await card.getByText("Show formula").click();
    await expect(
      card.getByText(/Ballots issued 8,300,046 − valid votes 7,940,478 = 359,568/),
    ).toBeVisible();
  });

  test("keeps the chosen theme across reloads", async ({ page }) => {
    await page.goto("/en");
    await page.getByRole("button", { name: "Dark" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.getByRole("button", { name: "Dark" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  });

  test("opens a table from the keyboard", async ({ page }) => {
    await page.goto("/en");
    const summary = page.locator('[data-chart-id="kz-2022-results"] summary', {
      hasText: "Show table",
    });
    await summary.focus();
    await page.keyboard.press("Enter");
    await expect(
      page.locator('[data-chart-id="kz-2022-results"]').getByRole("table"),
    ).toBeVisible();
  });

  test("has an icon, so browsers do not ask for a missing favicon", async ({ page, request }) => {
    await page.goto("/en");
    const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
    const icon = await request.get(href!);
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  });

  test("lists every source with what it is used for", async ({ page }) => {
    await page.goto("/en/sources");
    const article = page.locator("#source-sailau-birth-of-new-kazakhstan-2");
    await expect(article).toContainText("Sailau News");
    await expect(article).toContainText("24 Mar 2023");
    await expect(article.getByRole("link")).toHaveAttribute(
      "href",
      "https://sailaunews.kz/page35361543.html",
    );
  });
});

test("the change log lists each correction to a stored revision, linking to the revision it corrected", async ({
  page,
}) => {
  await page.goto("/kk/changes");
  const corrections = page.locator("[data-correction]");
  // One entry for each revision file in data/ that records corrections.
  const corrected = readdirSync(DATASETS, { recursive: true, encoding: "utf8" }).filter(
    (f) =>
      f.endsWith(".json") &&
      f.includes("revisions") &&
      readFileSync(path.join(DATASETS, f), "utf8").includes('"corrections"'),
  );
  await expect(corrections).toHaveCount(corrected.length);
  const link = page.locator('[data-correction^="kz-2023-mazhilis/"] a').first();
  await expect(link).toHaveAttribute("href", /\/kk\/charts\/[^?]+\?asOf=/);
  await expect(
    page.getByRole("heading", { level: 2, name: "Сақталған нұсқаларға енгізілген түзетулер" }),
  ).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("still shows every figure and chart, and every table one link away", async ({ page }) => {
    // Every chart of the registry, as the API lists it.
    const { charts: listed } = (await (await page.request.get("/api/charts")).json()) as {
      charts: unknown[];
    };
    await page.goto("/en/figures");
    for (const [id, text] of Object.entries(HEADLINE_TEXT)) {
      await expect(page.locator(`[data-figure-id="${id}"]`).first()).toContainText(text);
    }
    // Every other chart is named on the dashboard or the figures page, linking to its own page.
    const named = await page
      .locator("[data-chart-link]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-chart-link")));
    await page.goto("/en");
    const charts = page.locator("figure[data-chart-id]");
    const tableLinks: string[] = [];
    for (const id of await page
      .locator("[data-chart-link]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-chart-link"))))
      named.push(id);
    for (const chart of await charts.all()) {
      // A drawn chart waiting for its code, or the map and cards, drawn whole on the server.
      await expect(
        chart
          .locator(
            '[data-chart-ready="false"] picture img, [data-testid="tile-map"], [data-testid="figure-cards"]',
          )
          .first(),
      ).toBeVisible();
      await chart.getByText("Show table").click();
      const link = chart.getByRole("link", { name: "Open the table on the chart's own page" });
      await expect(link).toBeVisible();
      const id = await chart.getAttribute("data-chart-id");
      await expect(link).toHaveAttribute("href", `/en/charts/${id}?type=table`);
      tableLinks.push((await link.getAttribute("href"))!);
    }
    expect(tableLinks.length + named.length).toBe(listed.length);
    // The link leads to the table itself, drawn on the server.
    await page.goto(tableLinks[0]!);
    await expect(page.locator("figure[data-chart-id] table")).toBeVisible();
    await expect(page.locator("figure[data-chart-id] tbody tr").first()).toContainText("81.31%");
  });
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("never scrolls sideways, with every chart loaded and every table open", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/en");
    await loadAllCharts(page);
    for (const s of await page.locator("summary").all()) await s.click();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });

  test("the drawn chart on a shared chart page names every option in full", async ({ page }) => {
    await page.goto("/en/charts/kz-2022-results");
    const box = page.locator("figure[data-chart-id] [data-chart-ready]");
    // What a phone shows until the visitor's first move loads the interactive chart.
    await expect(box).toHaveAttribute("data-chart-ready", "false");
    // The picture is drawn on the server; every name is in it whole, none cut with "…".
    const svg = await staticChartSvg(box);
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    // A name's lines join with a space, or with nothing after a hyphen.
    expect(texts.join(" ").replace(/- /g, "-")).toContain("Kassym-Jomart Tokayev");
    expect(texts.filter((t) => t.includes("…"))).toEqual([]);
  });

  test("a drawn bar keeps room for its stated value on one line", async ({ page }) => {
    await page.goto("/en/charts/campaign-members");
    // The phone's picture draws each value as one text; opened on its own, the text is measured.
    const svg = await staticChartSvg(page.locator("figure[data-chart-id] [data-chart-ready]"));
    await page.setContent(svg);
    const value = page.locator("text", { hasText: /^> 6,000$/ });
    await expect(value).toHaveCount(1);
    const drawn = (await value.boundingBox())!;
    const frame = (await page.locator("svg").boundingBox())!;
    expect(drawn.x + drawn.width).toBeLessThanOrEqual(frame.x + frame.width);
  });

  test("the results table fits a phone, with who nominated each candidate under the name", async ({
    page,
  }) => {
    await page.goto("/en/charts/kz-2022-results");
    const region = page.getByRole("region", { name: /data table/ });
    await page.getByText("Show table").click();
    const fits = await region.evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(fits).toBe(true);
    const headers = await region.getByRole("columnheader").allInnerTexts();
    expect(headers.map((h) => h.replace(/\s+/g, " "))).toEqual([
      "Option",
      "Votes",
      "Share of valid votes",
    ]);
    const winner = region.getByRole("row").filter({ hasText: "6,456,393" });
    await expect(winner.getByRole("rowheader")).toContainText("Kassym-Jomart Tokayev");
    await expect(winner.getByRole("rowheader")).toContainText("People's Coalition");
    await expect(winner.getByRole("cell").last()).toHaveText("81.31%");
  });
});

test("on a wide screen the results table gives who nominated each candidate its own column", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/en/charts/kz-2022-results");
  await page.getByText("Show table").click();
  const region = page.getByRole("region", { name: /data table/ });
  const headers = await region.getByRole("columnheader").allInnerTexts();
  expect(headers).toEqual(["Option", "Nominated by", "Votes", "Share of valid votes"]);
  const winner = region.getByRole("row").filter({ hasText: "6,456,393" });
  // The copy shown under the name on phones is not drawn (nor read out) here.
  expect(await winner.getByRole("rowheader").innerText()).toBe("Kassym-Jomart Tokayev");
  await expect(winner.getByRole("cell").first()).toContainText("People's Coalition");
});

test.describe("interactive bar charts", () => {
  for (const { width, lines } of [
    { width: 360, lines: 2 },
    { width: 1280, lines: 1 },
  ]) {
    test(`the interactive bar chart's names take ${lines} line(s) at ${width} px without running into each other`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/en/charts/kz-2022-turnout-regions");
      await page.waitForLoadState("networkidle");
      const figure = page.locator("figure[data-chart-id]");
      await moveUntil(page, () => isReady(figure.locator("[data-chart-ready]")));
      await expect(figure.locator("[data-chart-ready]")).toHaveAttribute(
        "data-chart-ready",
        "true",
      );
      const ticks = figure.locator(".recharts-yAxis-tick-labels text");
      await expect(ticks).toHaveCount(20);
      const boxes = await ticks.evaluateAll((texts) =>
        texts.map((t) => {
          const r = t.getBoundingClientRect();
          return { text: t.textContent, top: r.top, bottom: r.bottom, lines: t.children.length };
        }),
      );
      boxes.sort((a, b) => a.top - b.top);
      for (let i = 1; i < boxes.length; i++) {
        expect(boxes[i]!.top, `${boxes[i - 1]!.text} / ${boxes[i]!.text}`).toBeGreaterThanOrEqual(
          boxes[i - 1]!.bottom - 1,
        );
      }
      // Wide screens have room for every name on one line; a phone wraps the long ones.
      expect(Math.max(...boxes.map((b) => b.lines))).toBe(lines);
    });
  }
});
