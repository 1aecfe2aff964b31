import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { axeViolations } from "./helpers";

/** The final revision's date, read from data/ independently of the app's loader. */
function finalDate(election: string): Date {
  const dir = path.resolve(import.meta.dirname, "..", "data", "datasets", election, "revisions");
  const finals = readdirSync(dir)
    .map(
      (f) =>
        JSON.parse(readFileSync(path.join(dir, f), "utf8")) as { status: string; asOf: string },
    )
    .filter((r) => r.status === "final");
  return new Date(`${finals.at(-1)!.asOf.slice(0, 10)}T00:00:00Z`);
}

const long = (locale: string, options: Intl.DateTimeFormatOptions, d: Date) =>
  new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(d);
/** "22 ноября 2022"; inside a sentence Russian adds «года» (review R17). */
const ruDate = (d: Date) =>
  long("ru", { day: "numeric", month: "long", year: "numeric" }, d).replace(/\s*г\.$/, "");
/** "2023 жылғы 27 наурыз". */
const kkDate = (d: Date) =>
  `${d.getUTCFullYear()} жылғы ${d.getUTCDate()} ${long("kk", { month: "long" }, d).toLowerCase()}`;

const LINE = "[data-regional-not-published]";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the 2022 result names the CEC's decree and its date in Russian, once", async ({ page }) => {
    await page.goto("/ru/charts/kz-2022-results");
    const line = page.locator(LINE);
    await expect(line).toHaveCount(1);
    await expect(line).toContainText("Результаты по регионам не опубликованы");
    await expect(line).toContainText(
      `в постановлении Центральной избирательной комиссии от ${ruDate(finalDate("kz-2022-presidential"))} года об окончательных итогах выборов`,
    );
  });

  test("the Mazhilis vote names it in Kazakh, and the seats chart does not repeat it", async ({
    page,
  }) => {
    await page.goto("/kk/charts/kz-2023-mazhilis-votes");
    const line = page.locator(LINE);
    await expect(line).toHaveCount(1);
    await expect(line).toContainText("Өңірлер бойынша нәтижелер");
    await expect(line).toContainText("Орталық сайлау комиссиясының");
    await expect(line).toContainText(
      `қаулысында келтірілген (${kkDate(finalDate("kz-2023-mazhilis"))})`,
    );
    await page.goto("/kk/charts/kz-2023-mazhilis-seats");
    await expect(page.locator(LINE)).toHaveCount(0);
  });

  test("the referendum names the referendum commission's decree", async ({ page }) => {
    await page.goto("/ru/charts/kz-2022-referendum");
    const line = page.locator(LINE);
    await expect(line).toHaveCount(1);
    await expect(line).toContainText("референдум");
    await expect(line).toContainText(ruDate(finalDate("kz-2022-referendum")));
  });

  test("an embed of the result carries the line too", async ({ page }) => {
    await page.goto("/ru/embed/kz-2022-results");
    await expect(page.locator(LINE)).toContainText(ruDate(finalDate("kz-2022-presidential")));
  });
});

test("axe finds no WCAG 2.1 A/AA violations on the result page with the line", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/ru/charts/kz-2022-results");
  await expect(page.locator(LINE)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
