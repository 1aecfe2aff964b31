import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import { expect, test, type Page } from "@playwright/test";

import { isReady, moveUntil, settled, staticChartSvg } from "./helpers";

async function tableText(page: Page) {
  return page.locator("figure[data-chart-id] table").innerText();
}

test.describe("chart permalinks", () => {
  test("a control changes the URL without a reload, and the copied link reproduces the view", async ({
    page,
    context,
    browser,
    baseURL,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.goto("/en/charts/kz-2022-results");
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page
      .getByRole("group", { name: "Chart type" })
      .getByRole("button", { name: "Table" })
      .click();
    await expect(page).toHaveURL(/\?type=table$/);
    await page
      .getByRole("group", { name: "Show", exact: true })
      .getByRole("button", { name: "Number of votes" })
      .click();
    await page.getByLabel("Order").selectOption("asc");
    await page.getByLabel("Highlight").selectOption("against-all");
    await expect(page).toHaveURL(/\?type=table&sort=asc&measure=votes&highlight=against-all$/);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

    await page.getByRole("button", { name: "Copy link" }).click();
    // The page has a second live region, for the new-figures offer; this one confirms the copy.
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toHaveText(
      "Link copied",
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());

    const fresh = await (await browser.newContext()).newPage();
    await fresh.goto(copied);
    await expect(
      fresh.getByRole("group", { name: "Chart type" }).getByRole("button", { name: "Table" }),
    ).toHaveAttribute("aria-pressed", "true");
    await expect(fresh.getByLabel("Order")).toHaveValue("asc");
    expect(await tableText(fresh)).toBe(await tableText(page));
    const firstRow = fresh.locator("figure[data-chart-id] tbody tr").first();
    await expect(firstRow).toContainText("Saltanat Tursynbekova");
    await expect(firstRow).toContainText("168,731");
  });

  test("a chart's own page shows the drawn chart at once and loads recharts at the first move", async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(r.url());
    });
    await page.goto("/en/charts/kz-2022-results");
    await page.waitForLoadState("networkidle");
    const box = page.locator("figure[data-chart-id] [data-chart-ready]");
    await expect(box).toHaveAttribute("data-chart-ready", "false");
    expect(await staticChartSvg(box)).toContain(">81.31%<");
    const before = scripts.length;
    const height = (await box.boundingBox())?.height;
    await moveUntil(page, () => isReady(box));
    await expect(box).toHaveAttribute("data-chart-ready", "true");
    await expect(box.locator("svg.recharts-surface")).toBeVisible();
    expect(scripts.length).toBeGreaterThan(before);
    expect((await box.boundingBox())?.height).toBe(height);
  });

  test("a figure's bar carries the qualifier the source stated, drawn and interactive", async ({
    page,
  }) => {
    await page.goto("/en/charts/campaign-members");
    await page.waitForLoadState("networkidle");
    const box = page.locator("figure[data-chart-id] [data-chart-ready]");
    await expect(box).toHaveAttribute("data-chart-ready", "false");
    expect(await staticChartSvg(box)).toContain(">&gt; 6,000<");
    await moveUntil(page, () => isReady(box));
    await expect(box).toHaveAttribute("data-chart-ready", "true");
    await expect(box.locator(".recharts-label-list text", { hasText: "> 6,000" })).toBeVisible();
    await expect(box.locator(".recharts-label-list text", { hasText: /^6,000$/ })).toHaveCount(0);
  });

  test("when the interactive chart can't be fetched, the drawn one stays, without an error", async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto("/en/charts/kz-2022-results");
    await page.waitForLoadState("networkidle");
    // Everything the page asks for from now on fails, as when the connection drops.
    await page.route("**/*", (route) => route.abort("internetdisconnected"));
    let failed = 0;
    page.on("requestfailed", () => failed++);
    await moveUntil(page, () => failed > 0);
    // The page has seen the failure: let it run what that queued before looking.
    await settled(page);
    const box = page.locator("figure[data-chart-id] [data-chart-ready]");
    await expect(box).toHaveAttribute("data-chart-ready", "false");
    // The picture loaded before the connection dropped, and stays.
    await expect(box.locator("picture img")).toBeVisible();
    expect(
      await box.locator("picture img").evaluate((i) => (i as HTMLImageElement).naturalWidth),
    ).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test("code loaded after the page (the revision watcher, recharts) may fail without an error", async ({
    page,
    request,
  }) => {
    const html = await (await request.get("/charts/kz-2022-results")).text();
    const initial = new Set([...html.matchAll(/src="([^"]+\.js)"/g)].map((m) => m[1]));
    const refused: string[] = [];
    await page.route("**/_next/static/chunks/*.js", (route) => {
      const path = new URL(route.request().url()).pathname;
      if (initial.has(path)) return route.continue();
      refused.push(path);
      return route.abort("internetdisconnected");
    });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto("/en/charts/kz-2022-results");
    // The watcher's chunk after hydration, recharts' at the first move.
    const failed: string[] = [];
    page.on("requestfailed", (r) => failed.push(new URL(r.url()).pathname));
    await moveUntil(page, () => refused.every((p) => failed.includes(p)) && refused.length >= 2);
    await settled(page);
    await expect(page.locator("figure[data-chart-id] [data-chart-ready]")).toHaveAttribute(
      "data-chart-ready",
      "false",
    );
    expect(errors).toEqual([]);
  });

  test("a keyboard visitor gets the interactive chart too", async ({ page }) => {
    await page.goto("/en/charts/kz-2022-results");
    await page.waitForLoadState("networkidle");
    await page.keyboard.press("Tab");
    await expect(page.locator("figure[data-chart-id] [data-chart-ready]")).toHaveAttribute(
      "data-chart-ready",
      "true",
    );
  });

  test("every chart on the dashboard links to its permalink", async ({ page, request }) => {
    await page.goto("/en");
    const ids = await page
      .locator("figure[data-chart-id]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-chart-id")));
    for (const id of ids) {
      const link = page
        .locator(`figure[data-chart-id="${id}"]`)
        .getByRole("link", { name: /Open .* on its own page/ });
      await expect(link).toHaveAttribute("href", `/en/charts/${id}`);
      expect((await request.get(`/charts/${id}`)).status()).toBe(200);
    }
  });

  test("GET /api/charts lists every chart with its links", async ({ request }) => {
    const res = await request.get("/api/charts");
    expect(res.status()).toBe(200);
    const { charts } = (await res.json()) as {
      charts: { id: string; title: string; description: string; permalink: string; csv: string }[];
    };
    expect(charts.map((c) => c.id)).toContain("kz-2022-turnout-intraday");
    for (const c of charts) {
      expect(c.title.length).toBeGreaterThan(0);
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.permalink).toMatch(new RegExp(`/charts/${c.id}$`));
      expect(c.csv).toMatch(new RegExp(`/api/charts/${c.id}/data.csv$`));
    }
  });

  test("an unknown chart is a 404 page that leads back to the dashboard", async ({ page }) => {
    const res = await page.goto("/en/charts/no-such-chart");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("link", { name: /dashboard/ })).toHaveAttribute("href", "/en");
  });
});

test.describe("link previews", () => {
  test("a chart URL carries its view into title, canonical, Open Graph and a 1200×630 PNG", async ({
    page,
    request,
  }) => {
    await page.goto("/en/charts/kz-2022-turnout-regions?sort=asc&highlight=astana");
    await expect(page).toHaveTitle(/Turnout by region at the close of polls, 2022/);
    const meta = (sel: string) => page.locator(sel).getAttribute("content");
    expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
    expect(await meta('meta[property="og:title"]')).toContain("Turnout by region");
    expect(await meta('meta[property="og:description"]')).toContain("Zhetysu Region");
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(
      /\/charts\/kz-2022-turnout-regions\?sort=asc&highlight=astana$/,
    );
    const image = await meta('meta[property="og:image"]');
    expect(image).toMatch(/\/api\/og\/kz-2022-turnout-regions\?sort=asc&highlight=astana$/);

    const png = await request.get(new URL(image!).pathname + new URL(image!).search);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    expect(png.headers()["cache-control"]).toContain("max-age");
    const body = await png.body();
    expect(body.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 630]);

    const again = await request.get(new URL(image!).pathname + new URL(image!).search, {
      headers: { "If-None-Match": png.headers().etag! },
    });
    expect(again.status()).toBe(304);
  });
});

const HOSTILE = [
  "type=<script>alert(1)</script>",
  `highlight=${"A".repeat(8000)}`,
  "type=table&type=bars&type=columns",
  "sort=desc&sort=%00",
  "unknown=1&foo[bar]=2",
  "asOf=9999-99-99T99:99:99",
  "asOf=" + "9".repeat(400),
  "show=../../etc/passwd",
  "%E0%A4%A=1",
  "measure=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
  "&&&==&=",
];

test.describe("hostile links", () => {
  for (const query of HOSTILE) {
    test(`?${query.slice(0, 40)} gets the default view, never an error`, async ({ request }) => {
      for (const path of [
        "/charts/kz-2022-results",
        "/embed/kz-2022-results",
        "/api/og/kz-2022-results",
        "/api/charts/kz-2022-results/data.csv",
      ]) {
        const res = await request.get(`${path}?${query}`);
        expect(res.status(), path).toBe(200);
        if (path.startsWith("/charts")) {
          const html = await res.text();
          expect(html).not.toContain("<script>alert(1)</script>");
          expect(html).not.toContain("<img src=x onerror");
        }
      }
    });
  }

  test("the page says quietly that some settings were not understood and keeps the rest", async ({
    page,
  }) => {
    await page.goto("/en/charts/kz-2022-results?type=pie&sort=desc&utm_source=newsletter");
    await expect(page.getByTestId("invalid-params")).toContainText("type");
    await expect(page.getByLabel("Order")).toHaveValue("desc");
    await page.getByLabel("Highlight").selectOption("tokayev");
    // The view is cached under its canonical form, so the links it makes carry only the view.
    await expect(page).toHaveURL(/\/charts\/kz-2022-results\?sort=desc&highlight=tokayev$/);
    await expect(page.getByLabel("Highlight")).toHaveValue("tokayev");
  });
});

const HOST_PAGE = (baseURL: string) => `<!doctype html><title>A news article</title>
  <script>window.heights = []; addEventListener("message", (e) => { if (e.data && e.data.type === "kz-chart-height") window.heights.push(e.data); });</script>
  <iframe id="f" title="chart" src="${baseURL}/embed/kz-2022-results?highlight=tokayev" style="width:600px;border:0" height="200"></iframe>`;

test.describe("embeds", () => {
  test("the host page picks the theme with ?theme=, over the reader's stored choice", async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/en");
    await page.evaluate(() => localStorage.setItem("theme", "light"));
    const scheme = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
    for (const [query, theme, colorScheme] of [
      ["?theme=dark", "dark", "dark"],
      ["?type=table&theme=dark", "dark", "dark"],
      ["?theme=auto", "system", "light"],
      ["?theme=blue", "light", "light"],
    ] as const) {
      await page.goto(`/en/embed/kz-2022-results${query}`);
      await expect(page.locator("html"), query).toHaveAttribute("data-theme", theme);
      expect(await scheme(), query).toContain(colorScheme);
    }
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/en/embed/kz-2022-results?theme=auto");
    expect(await scheme()).toContain("dark");
    // The dashboard's own pages keep the reader's choice.
    await page.goto("/en/charts/kz-2022-results?theme=dark");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  });

  test("an embed renders in an iframe on another page and reports its height", async ({
    page,
    baseURL,
  }) => {
    // A real host page on another loopback origin: frame-ancestors * does not cover about:blank, and
    // Chromium blocks pages it takes for public from framing loopback addresses.
    const host = createServer((_req, res) =>
      res.writeHead(200, { "Content-Type": "text/html" }).end(HOST_PAGE(baseURL!)),
    );
    await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
    await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/article`);
    const frame = page.frameLocator("#f");
    await expect(
      frame.getByRole("heading", { name: "Result of every option on the 2022 ballot" }),
    ).toBeVisible();
    await expect(
      frame.getByRole("link", { name: /Open on the Kazakhstan 2022 dashboard/ }),
    ).toHaveAttribute("href", "/en/charts/kz-2022-results?highlight=tokayev");
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { heights: { id: string; height: number }[] }).heights.at(-1),
        ),
      )
      .toMatchObject({ id: "kz-2022-results" });
    const last = await page.evaluate(
      () => (window as unknown as { heights: { height: number }[] }).heights.at(-1)!.height,
    );
    expect(last).toBeGreaterThan(300);
    host.close();
  });

  test("an embed names its sources in a short line whose links open the chart's full list", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    // The chart with the most publishers: its full list runs to about 1,000 px on a phone.
    await page.goto("/ru/embed/kz-2022-turnout-intraday");
    const line = page.getByTestId("chart-sources");
    expect((await line.boundingBox())!.height).toBeLessThan(100);
    const list = "/ru/charts/kz-2022-turnout-intraday#sources";
    const more = line.locator(`a[href="${list}"]`);
    await expect(more.first()).toHaveAttribute("target", "_blank");
    await page.goto(list);
    const full = page.locator("#sources");
    await expect(full).toBeVisible();
    await expect(full.getByRole("link").first()).toHaveAttribute("href", /^https?:/);
  });

  test("only embed routes may be framed", async ({ request }) => {
    for (const path of ["/embed/kz-2022-results", "/kk/embed/kz-2022-results"]) {
      const embed = await request.get(path);
      expect(embed.headers()["content-security-policy"], path).toContain("frame-ancestors *");
      expect(embed.headers()["x-frame-options"], path).toBeUndefined();
    }
    for (const path of ["/ru", "/ru/charts/kz-2022-results", "/api/charts"]) {
      const res = await request.get(path);
      expect(res.headers()["x-frame-options"], path).toBe("DENY");
      expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    }
  });
});
