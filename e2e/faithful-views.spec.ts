import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";

import { lightHex } from "../lib/ui/colors";

/**
 * Every export and image shows what the page shows (issue 17): a pinned revision stays pinned in
 * every download, and every renderer draws the view of its URL completely or says what it leaves out.
 */

const PINNED = "asOf=2022-11-21T1200-preliminary";
// Tokayev's count in the preliminary result; the final one is a vote higher.
const PRELIMINARY_VOTES = "6456392";

function csvRecords(body: Buffer | string): Record<string, string>[] {
  return parse(body, { bom: true, columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
}

test.describe("1. a pinned view's downloads are of the pinned revision", () => {
  test("data.csv, data, metadata.json, datapackage.json and download.zip with asOf", async ({
    request,
  }) => {
    const base = "/api/charts/kz-2022-results";
    const csv = await request.get(`${base}/data.csv?${PINNED}`);
    expect(csv.headers()["content-disposition"]).toContain(
      "kz-2022-results_2022-11-21-preliminary.csv",
    );
    const rows = csvRecords(await csv.body());
    expect(rows[0]).toMatchObject({ Option: "Kassym-Jomart Tokayev", Votes: PRELIMINARY_VOTES });
    expect(rows.every((r) => r.Status === "preliminary")).toBe(true);

    const json = (await (await request.get(`${base}/data?${PINNED}`)).json()) as {
      revision: string;
      rows: { votes: number }[];
    };
    expect(json.revision).toBe("2022-11-21T1200-preliminary");
    expect(String(json.rows[0]!.votes)).toBe(PRELIMINARY_VOTES);

    const meta = (await (await request.get(`${base}/metadata.json?${PINNED}`)).json()) as {
      status: string;
      revision: string;
      citation: string;
    };
    expect(meta).toMatchObject({ status: "preliminary", revision: "2022-11-21T1200-preliminary" });
    expect(meta.citation).toContain("(2022, November 21)");

    const pkg = (await (await request.get(`${base}/datapackage.json?${PINNED}`)).json()) as {
      version: string;
    };
    expect(pkg.version).toBe("2022-11-21T1200-preliminary");

    const zip = await request.get(`${base}/download.zip?${PINNED}`);
    expect(zip.headers()["content-disposition"]).toContain(
      "kz-2022-results_2022-11-21-preliminary.zip",
    );
    const files = unzipSync(new Uint8Array(await zip.body()));
    const inner = csvRecords(strFromU8(files["kz-2022-results_2022-11-21-preliminary.csv"]!));
    expect(inner[0]!.Votes).toBe(PRELIMINARY_VOTES);
  });
});

/** The address of the picture the page's first chart shows before its interactive chart loads. */
async function staticChartSrc(page: Page): Promise<string> {
  const img = page.locator("figure[data-chart-id] [data-chart-ready] picture img");
  await expect
    .poll(() => img.evaluate((i) => (i as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0);
  return img.evaluate((i) => (i as HTMLImageElement).currentSrc);
}

test.describe("3. columns", () => {
  test("each name sits under its own column, and no columns view overflows a phone", async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto("/en/charts/kz-2022-turnout-regions?type=columns&sort=alpha&highlight=astana");
    // The drawn chart is the view's SVG; opened on its own, its shapes can be measured.
    await page.goto(await staticChartSrc(page));
    // The highlighted bar is drawn in the highlight's own colour, no series' colour.
    const lit = (await page.locator("rect.f-highlight").boundingBox())!;
    const name = (await page.locator("text", { hasText: /^Astana \(city\)$/ }).boundingBox())!;
    // Under its own column, or (where the columns are too narrow for names) beside its own bar.
    const [centre, from, to] =
      name.y > lit.y + lit.height
        ? [name.x + name.width / 2, lit.x, lit.x + lit.width]
        : [name.y + name.height / 2, lit.y, lit.y + lit.height];
    expect(centre).toBeGreaterThanOrEqual(from - 2);
    expect(centre).toBeLessThanOrEqual(to + 2);

    const list = (await (await request.get("/api/charts")).json()) as {
      charts: { id: string; views: { types: string[] } }[];
    };
    const withColumns = list.charts.filter((c) => c.views.types.includes("columns"));
    expect(withColumns.length).toBeGreaterThanOrEqual(4);
    await page.setViewportSize({ width: 320, height: 800 });
    for (const c of withColumns) {
      await page.goto(`/en/charts/${c.id}?type=columns`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, c.id).toBeLessThanOrEqual(0);
    }
  });
});

/** Decodes a PNG in the page and counts, along each row (or column) of pixels, runs of one colour. */
async function maxRuns(
  page: Page,
  url: string,
  hex: string,
  along: "x" | "y",
  within: [number, number] = [0, 1],
): Promise<number> {
  await page.goto("/en");
  return page.evaluate(
    async ({ url, hex, along, within }) => {
      const img = new Image();
      img.src = url;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const is = (x: number, y: number) => {
        const o = (y * c.width + x) * 4;
        return (
          Math.abs(data[o]! - r!) < 8 &&
          Math.abs(data[o + 1]! - g!) < 8 &&
          Math.abs(data[o + 2]! - b!) < 8
        );
      };
      let best = 0;
      const [outer, inner] = along === "y" ? [c.width, c.height] : [c.height, c.width];
      for (let a = Math.floor(within[0] * outer); a < within[1] * outer; a += 2) {
        let runs = 0;
        let inRun = false;
        for (let i = 0; i < inner; i++) {
          const on = along === "y" ? is(a, i) : is(i, a);
          if (on && !inRun) runs++;
          inRun = on;
        }
        best = Math.max(best, runs);
      }
      return best;
    },
    { url, hex, along, within },
  );
}

test.describe("4. images show the whole view of their URL", () => {
  test("the SVG download keeps long names inside the picture", async ({ page, request }) => {
    for (const id of ["economy-partners", "campaign-members", "kz-2022-turnout-regions"]) {
      const svg = await (await request.get(`/api/charts/${id}/image.svg`)).text();
      await page.setContent(svg);
      const out = await page.evaluate(() => {
        const root = document.querySelector("svg")!;
        const width = Number(root.getAttribute("width"));
        return [...root.querySelectorAll("text")]
          .map((t) => ({ text: t.textContent, box: t.getBBox() }))
          .filter(({ box }) => box.x < 0 || box.x + box.width > width)
          .map(({ text }) => text);
      });
      expect(out, id).toEqual([]);
    }
  });

  test("the preview image draws all 20 regions and draws columns for type=columns", async ({
    page,
  }) => {
    const bar = lightHex("chart-2");
    // Twenty bars come in two lists side by side: count the bars a vertical line crosses in each half.
    for (const url of [
      "/api/og/kz-2022-turnout-regions",
      "/api/charts/kz-2022-turnout-regions/image.png",
    ]) {
      const left = await maxRuns(page, url, bar, "y", [0, 0.5]);
      const right = await maxRuns(page, url, bar, "y", [0.5, 1]);
      expect(left + right, url).toBe(20);
    }
    // Columns stand side by side: a horizontal line of pixels crosses every one of them.
    expect(
      await maxRuns(page, "/api/og/kz-2022-results?type=columns", lightHex("chart-1"), "x"),
    ).toBe(7);
  });
});

test.describe("5. the drawn line chart", () => {
  test("has y-axis values, labels its lines at their ends, and its times do not collide", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto("/en/charts/kz-2022-turnout-intraday?highlight=astana");
    const box = page.locator("figure[data-chart-id] [data-chart-ready]");
    await expect(box).toHaveAttribute("data-chart-ready", "false");
    // The drawn chart is the view's SVG at the phone's width; opened on its own, it can be measured.
    await page.goto(await staticChartSrc(page));
    for (const tick of ["0%", "50%", "100%"])
      await expect(page.locator("text").getByText(tick, { exact: true })).toBeVisible();

    // The lead line is drawn last; its label must sit beside its last point.
    const ends = await page.locator("polyline").evaluateAll((lines) =>
      lines.map((l) => {
        const p = (l as SVGPolylineElement).points;
        const last = p.getItem(p.numberOfItems - 1);
        const m = (l as SVGPolylineElement).getScreenCTM()!;
        return last.x * m.b + last.y * m.d + m.f;
      }),
    );
    const leadEnd = ends[ends.length - 1]!;
    const lead = (await page
      .locator("text", { hasText: /^Kazakhstan \d+\.\d\d%$/ })
      .boundingBox())!;
    expect(Math.abs(lead.y + lead.height / 2 - leadEnd)).toBeLessThan(16);
    await expect(page.locator("text", { hasText: /^Astana \(city\) \d+\.\d\d%$/ })).toBeVisible();

    // The times shown must not touch.
    const times = await page
      .locator("text", { hasText: /^\d\d:\d\d$|^Final$/ })
      .evaluateAll((els) =>
        els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.right]),
      );
    expect(times.length).toBeGreaterThan(1);
    for (let i = 1; i < times.length; i++)
      expect(times[i]![0]!, `time label ${i}`).toBeGreaterThanOrEqual(times[i - 1]![1]!);
  });
});

test.describe("6. link previews of the dashboard and the change log", () => {
  for (const path of ["/", "/changes"]) {
    test(`${path} has Open Graph and Twitter card tags with an image`, async ({
      page,
      request,
    }) => {
      await page.goto(path);
      const content = (sel: string) => page.locator(sel).first().getAttribute("content");
      expect(await content('meta[property="og:title"]')).toBeTruthy();
      expect(await content('meta[property="og:description"]')).toBeTruthy();
      expect(await content('meta[property="og:url"]')).toBeTruthy();
      expect(await content('meta[name="twitter:card"]')).toBe("summary_large_image");
      const image = (await content('meta[property="og:image"]'))!;
      expect(image).toBeTruthy();
      const res = await request.get(new URL(image).pathname + new URL(image).search);
      expect(res.status()).toBe(200);
      expect(res.headers()["content-type"]).toBe("image/png");
    });
  }
});

test.describe("7. unlike quantities are not drawn on one axis", () => {
  // Each figure as the article states it, with the period or date it is of (as shown, and in ISO
  // 8601 in the CSV): a 2021 trade flow beside an investment stock as of Nov 2022; counts of
  // regions, projects and city pairs.
  const FIGURES = {
    "economy-money": [
      ["Trade with BRICS countries", "> $45 billion", "2021", "2021", "usd"],
      [
        "Russian capital investment in Kazakhstan",
        "≈ $17 billion",
        "28 Nov 2022",
        "2022-11-28",
        "usd",
      ],
    ],
    "economy-partners": [
      [
        "Russian regions with direct ties to Kazakh partners",
        "76",
        "28 Nov 2022",
        "2022-11-28",
        "count",
      ],
      [
        "Major joint Russian–Kazakh investment projects",
        "> 30",
        "28 Nov 2022",
        "2022-11-28",
        "count",
      ],
      ["Russian–Kazakh twin-city pairs named", "5", "28 Nov 2022", "2022-11-28", "count"],
    ],
  } as const;

  test("each figure is its own card: no bars, no shared scale, in the page, the SVG and the CSV", async ({
    page,
    request,
  }) => {
    const list = (await (await request.get("/api/charts")).json()) as {
      charts: { id: string; views: { types: string[] }; description: string }[];
    };
    await page.setViewportSize({ width: 320, height: 800 });
    for (const [id, figures] of Object.entries(FIGURES)) {
      const listing = list.charts.find((c) => c.id === id)!;
      expect(listing.views.types, id).toEqual(["cards", "table"]);
      // The description lists the figures; it does not rank them as magnitudes.
      expect(listing.description, id).not.toMatch(/highest|largest|lowest|followed by/i);

      await page.goto(`/en/charts/${id}`);
      const fig = page.locator("figure[data-chart-id]");
      const cards = fig.getByTestId("figure-cards").getByRole("listitem");
      await expect(cards).toHaveCount(figures.length);
      for (const [i, [label, stated, period]] of figures.entries()) {
        const card = cards.nth(i);
        await expect(card.getByText(label, { exact: true })).toBeVisible();
        await expect(card.getByText(stated, { exact: true })).toBeVisible();
        await expect(card.getByText(period, { exact: false })).toBeVisible();
      }
      // Nothing in the figure has a length standing for a value, even after the first move.
      await page.mouse.move(100, 300);
      await page.waitForLoadState("networkidle");
      expect(await fig.locator("[style*='width']").count(), id).toBe(0);
      await expect(fig.locator("svg.recharts-surface")).toHaveCount(0);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, id).toBeLessThanOrEqual(0);

      // The SVG download: every stated value, and boxes of one size rather than bars of many.
      const svg = await (await request.get(`/api/charts/${id}/image.svg`)).text();
      await page.setContent(svg);
      const drawn = await page.evaluate(() => ({
        text: document.querySelector("svg")!.textContent,
        widths: [...document.querySelectorAll("svg > rect:not(:first-of-type)")].map((r) =>
          r.getAttribute("width"),
        ),
      }));
      for (const [label, stated, period] of figures) {
        expect(drawn.text).toContain(stated);
        expect(drawn.text).toContain(period);
        expect(drawn.text).toContain(label.split(" ")[0]);
      }
      expect(new Set(drawn.widths).size, id).toBe(1);

      // The CSV gives each figure's own unit and period beside its value.
      const rows = csvRecords(await (await request.get(`/api/charts/${id}/data.csv`)).body());
      expect(rows.map((r) => [r.Figure, r["As stated"], r.Period, r.Unit])).toEqual(
        figures.map(([label, stated, , iso, unit]) => [label, stated, iso, unit]),
      );
    }
  });
});

test.describe("8. sources", () => {
  test("a chart's source line names each publisher once, with its articles under it", async ({
    page,
    request,
  }) => {
    await page.goto("/en/charts/kz-2022-turnout-intraday");
    const meta = (await (
      await request.get("/api/charts/kz-2022-turnout-intraday/metadata.json")
    ).json()) as { sources: { publisher: string; url: string }[] };
    const line = page.locator("figure[data-chart-id]").getByTestId("chart-sources");
    const publishers = await line.locator("[data-publisher]").allTextContents();
    expect(publishers.sort()).toEqual([...new Set(meta.sources.map((s) => s.publisher))].sort());
    const links = await line
      .getByRole("link")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links.sort()).toEqual([...new Set(meta.sources.map((s) => s.url))].sort());
  });
});

test.describe("9. view controls", () => {
  test("each change is a history entry Back steps through", async ({ page }) => {
    await page.goto("/en/charts/kz-2022-results");
    const table = page
      .getByRole("group", { name: "Chart type" })
      .getByRole("button", { name: "Table" });
    await table.click();
    await expect(page).toHaveURL(/\?type=table$/);
    await page.getByLabel("Order").selectOption("asc");
    await expect(page).toHaveURL(/\?type=table&sort=asc$/);
    await page.goBack();
    await expect(page).toHaveURL(/\?type=table$/);
    await expect(page.getByLabel("Order")).toHaveValue("data");
    await page.goBack();
    await expect(page).toHaveURL(/\/charts\/kz-2022-results$/);
    await expect(table).toHaveAttribute("aria-pressed", "false");
  });
});

test.describe("10. view=current honours show", () => {
  test("the CSV of the view has only the lines it shows", async ({ request }) => {
    const res = await request.get(
      "/api/charts/kz-2022-turnout-intraday/data.csv?view=current&show=astana",
    );
    const header = Object.keys(csvRecords(await res.body())[0]!);
    expect(header).toEqual(["Release", "Kazakhstan (%)", "Astana (city) (%)", "Status", "As of"]);
  });
});

test.describe("11. the zip's README", () => {
  test("lists every source with its URL and cites the pinned revision's date", async ({
    request,
  }) => {
    const base = "/api/charts/kz-2022-results";
    const meta = (await (await request.get(`${base}/metadata.json?${PINNED}`)).json()) as {
      sources: { url: string }[];
    };
    const files = unzipSync(
      new Uint8Array(await (await request.get(`${base}/download.zip?${PINNED}`)).body()),
    );
    const readme = strFromU8(files["README.txt"]!);
    for (const s of meta.sources) expect(readme).toContain(s.url);
    expect(readme).toContain("(2022, November 21)");
    expect(readme).not.toMatch(/accessed/i);
  });
});
