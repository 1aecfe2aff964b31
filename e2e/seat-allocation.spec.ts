import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { expect, test, type Page } from "@playwright/test";

import { axeViolations } from "./helpers";

/** The 2023 vote as stored: parties in ballot order with their published list seats. */
const DIR = path.resolve(import.meta.dirname, "..", "data", "datasets", "kz-2023-mazhilis");
const meta = JSON.parse(readFileSync(path.join(DIR, "meta.json"), "utf8")) as {
  options: { id: string; kind: string }[];
};
const newest = readdirSync(path.join(DIR, "revisions")).sort().at(-1)!;
const results = (
  JSON.parse(readFileSync(path.join(DIR, "revisions", newest), "utf8")) as {
    results: { option: string; listSeats?: number }[];
  }
).results.filter((r) => meta.options.find((o) => o.id === r.option)?.kind === "party");
const PUBLISHED = results.map((r) => r.listSeats ?? 0);

/**
 * At a 7% threshold, checked by hand (lib/elections/list-seats.test.ts has the arithmetic): four
 * parties pass, quota 5,207,741 / 69 = 75,474.51, whole seats 45 + 9 + 7 + 7 and the one seat left
 * to AMANAT's remainder; in ballot order AMANAT, Auyl, Respublica, Ak Zhol, People's Party, NSDP, Baitaq.
 */
const AT_SEVEN = [46, 9, 7, 7, 0, 0, 0];

const messages = (locale: string) =>
  JSON.parse(
    readFileSync(
      path.resolve(import.meta.dirname, "..", "lib", "i18n", "messages", `${locale}.json`),
      "utf8",
    ),
  ) as { seats: { titleHypothetical: string; hypothetical: string } };
/** The words of the hypothetical title before its first placeholder. */
const hypotheticalWords = (locale: string) =>
  messages(locale).seats.titleHypothetical.split("{")[0]!.trim();

const PAGE = "charts/kz-2023-mazhilis-allocation";
const LIST_SEATS_CELL = 7; // the table's ninth column: party, then eight steps

async function listSeats(page: Page): Promise<number[]> {
  const rows = page.locator("figure table tbody tr");
  await expect(rows).toHaveCount(results.length);
  return rows.evaluateAll(
    (trs, i) => trs.map((tr) => Number(tr.querySelectorAll("td")[i]?.textContent)),
    LIST_SEATS_CELL,
  );
}

test("the chart page shows the published seats in kk, ru and en, and leads to the chamber", async ({
  page,
}) => {
  for (const locale of ["kk", "ru", "en"]) {
    await page.goto(`/${locale}/${PAGE}`);
    await expect(page.getByRole("heading", { level: 1 })).not.toContainText(
      hypotheticalWords(locale),
    );
    expect(await listSeats(page)).toEqual(PUBLISHED);
    await expect(page.locator("figure [data-status]")).toHaveAttribute("data-status", "final");
    await expect(
      page.getByTestId("threshold-picker").locator("a[aria-current=page]"),
    ).toHaveAttribute("href", `/${locale}/${PAGE}`);
    await expect(page.locator("[data-related] a")).toHaveAttribute(
      "href",
      `/${locale}/charts/kz-2023-mazhilis-chamber`,
    );
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("?threshold=7 is the hypothetical allocation, said so in the page, CSV, image and embed", async ({
    page,
    request,
  }) => {
    for (const locale of ["ru", "kk"]) {
      await page.goto(`/${locale}/${PAGE}?threshold=7`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(
        hypotheticalWords(locale),
      );
      expect(await listSeats(page)).toEqual(AT_SEVEN);
      // A what-if is no release of the commission's: no "final results" badge on it.
      await expect(page.locator("figure [data-status]")).toHaveCount(0);
    }
    const csv = await (
      await request.get(`/api/charts/kz-2023-mazhilis-allocation/data.csv?threshold=7`)
    ).text();
    expect(csv).toContain("Allocation");
    expect(
      csv
        .trim()
        .split("\n")
        .slice(1)
        .every((l) => l.includes("hypothetical")),
    ).toBe(true);
    const published = await (
      await request.get(`/api/charts/kz-2023-mazhilis-allocation/data.csv`)
    ).text();
    expect(published).not.toContain("hypothetical");
    const svg = await (
      await request.get(`/api/charts/kz-2023-mazhilis-allocation/image.svg?threshold=7&lang=ru`)
    ).text();
    expect(svg).toContain(hypotheticalWords("ru"));
    const og = await request.get(`/api/og/kz-2023-mazhilis-allocation?threshold=7`);
    expect(og.status()).toBe(200);
    expect(og.headers()["content-type"]).toContain("image/png");
    await page.goto(`/en/embed/kz-2023-mazhilis-allocation?threshold=7`);
    await expect(page.locator("figure").first()).toContainText(hypotheticalWords("en"));
  });
});

test("the threshold control writes the URL, and a bad threshold falls back quietly", async ({
  page,
}) => {
  await page.goto(`/en/${PAGE}`);
  const picker = page.getByTestId("threshold-picker");
  await picker.getByRole("link", { name: "7%" }).click();
  await expect(page).toHaveURL(/\?threshold=7$/);
  expect(await listSeats(page)).toEqual(AT_SEVEN);
  await picker.locator("a").filter({ hasText: "5%" }).click();
  await expect(page).toHaveURL(new RegExp(`/${PAGE}$`));
  await page.goto(`/en/${PAGE}?threshold=eight`);
  await expect(page.getByTestId("invalid-params")).toContainText("threshold");
  expect(await listSeats(page)).toEqual(PUBLISHED);
});

test("the embed has the threshold control too, and it stays in the embed", async ({ page }) => {
  await page.goto("/kk/embed/kz-2023-mazhilis-allocation");
  const picker = page.getByTestId("threshold-picker");
  await picker.getByRole("link", { name: "7%" }).click();
  await expect(page).toHaveURL(/\/kk\/embed\/kz-2023-mazhilis-allocation\?threshold=7$/);
  expect(await listSeats(page)).toEqual(AT_SEVEN);
  await expect(picker.locator("a[aria-current=page]")).toHaveText("7%");
});

test("axe finds nothing on the hypothetical view, on its page and in its embed", async ({
  page,
}) => {
  for (const url of [
    `/ru/${PAGE}?threshold=7`,
    "/ru/embed/kz-2023-mazhilis-allocation?threshold=7",
  ]) {
    await page.goto(url);
    expect(await axeViolations(page), url).toEqual([]);
  }
});
