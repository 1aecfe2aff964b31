import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIResponse } from "@playwright/test";

/** Width and height from a PNG's IHDR chunk: bytes 16–23, big-endian (PNG spec, 11.2.2). */
async function pngSize(res: APIResponse): Promise<[number, number]> {
  const body = await res.body();
  return [body.readUInt32BE(16), body.readUInt32BE(20)];
}

const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1]!.replace(/&gt;/g, ">").replace(/&lt;/g, "<").replace(/&amp;/g, "&"))
    .join(" ")
    // The lines of a wrapped name: a space between them, or none after a hyphen.
    .replace(/- /g, "-");

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a chart page shows the view's SVG, which names every row of the table beside it", async ({
    page,
  }) => {
    for (const locale of ["kk", "ru", "en"]) {
      await page.goto(`/${locale}/charts/kz-2022-turnout-regions?sort=alpha`);
      const img = page.locator("figure[data-chart-id] picture img");
      await expect(img).toBeVisible();
      await expect(img).toHaveAttribute("alt", "");
      const src = await img.evaluate((i) => (i as HTMLImageElement).currentSrc);
      expect(src).toContain("sort=alpha");
      expect(src).toContain("palette=page");
      const res = await page.request.get(src);
      expect(res.status()).toBe(200);
      expect(res.headers()["content-type"]).toContain("image/svg+xml");
      // Opening the page's picture shows it; only the download link saves a file.
      expect(res.headers()["content-disposition"]).toMatch(/^inline; filename=".+\.svg"$/);
      const download = await page.request.get(src.replace("palette=page", "palette=file"));
      expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename=/);
      const drawn = texts(await res.text());
      // The table is the page's own, drawn on the server: its names are the words to find.
      const names = await page
        .locator("figure[data-chart-id] table tbody tr > :first-child")
        .allTextContents();
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(drawn, `${locale}: ${name}`).toContain(name.trim());
      // The names that were links in the drawn bars are links in the table.
      await expect(
        page.locator(`figure[data-chart-id] table a[href^="/${locale}/regions/"]`),
      ).toHaveCount(names.length);
    }
  });

  test("the picture fills the box it reserves, no wider than a phone's box", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/ru/charts/kz-2022-results");
    const box = page.locator("figure[data-chart-id] [data-chart-ready]");
    const img = box.locator("picture img");
    await expect.poll(() => img.evaluate((i) => (i as HTMLImageElement).complete)).toBe(true);
    const [outer, inner] = [(await box.boundingBox())!, (await img.boundingBox())!];
    expect(inner.height).toBe(outer.height);
    // The phone's picture is no wider than its box: its 12 px text is not shrunk.
    const natural = await img.evaluate((i) => (i as HTMLImageElement).naturalWidth);
    expect(natural).toBeLessThanOrEqual(outer.width);
  });
});

test("axe finds nothing in a figure showing its picture", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  // A chart's own page keeps the picture until the reader's first move.
  await page.goto("/ru/charts/kz-2022-results");
  await expect(page.locator("figure[data-chart-id] picture img")).toBeVisible();
  const results = await new AxeBuilder({ page }).include("figure[data-chart-id]").analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await expect(page.locator("[data-chart-ready]")).toHaveAttribute("data-chart-ready", "false");
});

test("a reader's chosen theme reaches the picture's address", async ({ page, context }) => {
  await context.addInitScript(() => localStorage.setItem("theme", "dark"));
  await page.goto("/kk/charts/kz-2022-results");
  const img = page.locator("figure[data-chart-id] picture img");
  await expect(img).toHaveAttribute("src", /theme=dark/);
  const svg = await (await page.request.get((await img.getAttribute("src"))!)).text();
  expect(svg).not.toContain("@media");
});

test("the preview and the PNG are 1200×630 PNGs; the SVG takes no bad size", async ({
  request,
}) => {
  for (const url of [
    "/api/og/kz-2022-results?lang=kk",
    "/api/og/kz-2022-turnout-intraday?highlight=astana&show=astana&lang=ru",
    "/api/charts/kz-2022-turnout-map/image.png?lang=kk",
  ]) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/png");
    expect(await pngSize(res)).toEqual([1200, 630]);
  }
  for (const q of ["w=abc&h=-5&palette=neon&theme=x", "w=99999&palette=page", "w=300&h=0"]) {
    const res = await request.get(`/api/charts/kz-2022-results/image.svg?${q}`);
    expect(res.status(), q).toBe(200);
    expect(res.headers()["content-type"]).toContain("image/svg+xml");
  }
});

test("the page's picture is drawn in Noto Sans, the face it carries inside it", async ({
  page,
}) => {
  await page.goto("/kk/charts/kz-2022-results");
  const src = await page
    .locator("figure[data-chart-id] picture img")
    .evaluate((i) => (i as HTMLImageElement).currentSrc);
  // Shown by an <img>: against the same drawing without its faces, in the device's own sans-serif
  // (Noto Sans taken out of its list, so a machine that has it installed cannot stand in for them).
  const differing = await page.evaluate(async (url) => {
    const svg = await (await fetch(url)).text();
    const bare = svg
      .replace(/<style>@font-face[^<]*<\/style>/, "")
      .replace("font-family=\"'Noto Sans', ", 'font-family="');
    const pixels = async (text: string) => {
      const img = new Image();
      img.src = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
      await img.decode();
      const canvas = document.createElement("canvas");
      [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    };
    const [a, b] = [await pixels(svg), await pixels(bare)];
    return a.filter((v, i) => v !== b[i]).length;
  }, src);
  expect(differing).toBeGreaterThan(0);
  // Opened on its own, the picture's faces load: the browser's font checks accept them.
  await page.goto(src);
  const faces = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].map((f) => `${f.family} ${f.weight} ${f.status}`);
  });
  expect(faces).toContain("Noto Sans 400 loaded");
  expect(faces.filter((f) => !f.endsWith("loaded"))).toEqual([]);
});
