import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

import { loadAllCharts } from "./helpers";

for (const theme of ["light", "dark"] as const) {
  test(`axe finds no WCAG 2.1 A/AA violations in the ${theme} theme`, async ({ page, context }) => {
    // axe checks the contrast of every text node of a long page: slow on two cores.
    test.setTimeout(180_000);
    await context.addInitScript((t) => localStorage.setItem("theme", t), theme);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto("/");
    await loadAllCharts(page);
    for (const s of await page.locator("summary").all()) await s.click();
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(
      results.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 5)
            .join(", ")}`,
      ),
    ).toEqual([]);
  });
}
