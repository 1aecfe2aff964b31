import { expect, test, type Page } from "@playwright/test";

/**
 * Until Noto Sans arrives, text is set in a local font sized and spaced to take Noto's room, so the
 * first screen does not move when the web font swaps in (what Lighthouse counts as layout shift).
 * Compared here: the same page with its fonts loaded and with them refused, which keeps the
 * stand-in. Lower down, a line may still break at another word; only the first screen is held to it.
 */
const PAGES = [
  {
    path: "",
    samples: ["[data-headline-result]", '[data-chart-id="kz-2022-results"] img[data-static-chart]'],
  },
  {
    path: "/charts/kz-2022-results",
    samples: ["h1", '[data-chart-id="kz-2022-results"] img[data-static-chart]'],
  },
];

// Each test opens a dozen pages, half of them waiting out refused font requests.
test.describe.configure({ timeout: 90_000 });

async function layout(page: Page, url: string, samples: string[]) {
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready);
  return Promise.all(
    samples.map(async (s) => {
      const box = (await page.locator(s).first().boundingBox())!;
      return { s, top: Math.round(box.y), height: Math.round(box.height) };
    }),
  );
}

for (const width of [360, 1280]) {
  test(`the first screen keeps its place when the web font arrives (${width} px)`, async ({
    browser,
  }) => {
    const withFont = await browser.newPage({ viewport: { width, height: 800 } });
    const without = await browser.newPage({ viewport: { width, height: 800 } });
    await without.route(/\.woff2$/, (r) => r.abort());
    for (const locale of ["kk", "ru", "en"]) {
      for (const { path, samples } of PAGES) {
        const url = `/${locale}${path}`;
        const loaded = await layout(withFont, url, samples);
        expect(
          await withFont.evaluate(() => document.fonts.check("16px 'Noto Sans'", "Қазақстан")),
          url,
        ).toBe(true);
        const standIn = await layout(without, url, samples);
        for (const [i, a] of loaded.entries()) {
          const b = standIn[i]!;
          // A line's worth would be 20 px or more; a pixel or two is rounding.
          expect(Math.abs(a.top - b.top), `${url} ${a.s} top`).toBeLessThanOrEqual(3);
          expect(Math.abs(a.height - b.height), `${url} ${a.s} height`).toBeLessThanOrEqual(3);
        }
      }
    }
    await withFont.close();
    await without.close();
  });
}

test("on a phone the section links stand in the same places with the web font and without it, each inside its column", async ({
  browser,
}) => {
  for (const width of [360, 412]) {
    const withFont = await browser.newPage({ viewport: { width, height: 800 } });
    const without = await browser.newPage({ viewport: { width, height: 800 } });
    await without.route(/\.woff2$/, (r) => r.abort());
    const places = async (page: Page, url: string) => {
      await page.goto(url);
      await page.evaluate(() => document.fonts.ready);
      return page.locator("[data-section-link]").evaluateAll((lis) =>
        lis.map((li) => {
          const r = li.getBoundingClientRect();
          const link = li.firstElementChild!.getBoundingClientRect();
          return { x: Math.round(r.x), y: Math.round(r.y), fits: link.right <= r.right + 0.5 };
        }),
      );
    };
    for (const locale of ["kk", "ru", "en"]) {
      const url = `/${locale}`;
      const loaded = await places(withFont, url);
      const standIn = await places(without, url);
      expect(loaded.length, url).toBe(7);
      expect(loaded, `${url} at ${width} px`).toEqual(standIn);
      expect(
        loaded.every((p) => p.fits),
        `${url} at ${width} px: a link wider than its column`,
      ).toBe(true);
    }
    await withFont.close();
    await without.close();
  }
});
