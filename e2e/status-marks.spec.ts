import { expect, test, type Locator } from "@playwright/test";

/**
 * A release's status is marked in the text's ink or grey, never in a series' hue: on the 2023
 * Mazhilis pages the seats are drawn in one of those hues, and a "final" mark in the same colour read
 * as part of the chart (issue 27: one colour meaning per role).
 */
const SERIES_VARS = [
  "--chart-1",
  "--chart-2",
  "--chart-3",
  "--chart-4",
  "--chart-5",
  "--highlight",
];

async function markAndSeries(mark: Locator) {
  return mark.evaluate((el, vars) => {
    const probe = document.createElement("span");
    document.body.append(probe);
    const resolve = (v: string) => {
      probe.style.color = `var(${v})`;
      return getComputedStyle(probe).color;
    };
    const series = vars.map(resolve);
    const ink = resolve("--foreground");
    const grey = resolve("--muted");
    probe.remove();
    const s = getComputedStyle(el);
    return { color: s.borderLeftColor, style: s.borderLeftStyle, series, ink, grey };
  }, SERIES_VARS);
}

for (const theme of ["light", "dark"] as const) {
  test(`status marks use the text's ink or grey, not a series' colour (${theme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto("/ru/charts/kz-2023-mazhilis-chamber");
    const badge = await markAndSeries(page.locator("figure [data-status]").first());
    expect(badge.series).not.toContain(badge.color);
    expect(badge.color).toBe(badge.ink);
    expect(badge.style).toBe("solid");

    await page.goto("/kk");
    const headline = await markAndSeries(page.getByTestId("headline-status"));
    expect(headline.series).not.toContain(headline.color);
    expect(headline.color).toBe(headline.ink);
  });
}

test("preliminary figures get a dashed grey mark", async ({ page }) => {
  // The 2022 results as the commission first released them, the day after the vote.
  await page.goto("/ru/charts/kz-2022-results?asOf=2022-11-21T1200-preliminary");
  const mark = page.locator("figure [data-status]").first();
  await expect(mark).toHaveAttribute("data-status", "preliminary");
  const badge = await markAndSeries(mark);
  expect(badge.series).not.toContain(badge.color);
  expect(badge.color).toBe(badge.grey);
  expect(badge.style).toBe("dashed");
});
