import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { expect, test, type Page } from "@playwright/test";

import { axeViolations } from "./helpers";

/** Every turnout series in data/, with the units of its last full regional release, read as stored. */
const DATASETS = path.resolve(import.meta.dirname, "..", "data", "datasets");
interface Release {
  label: string;
  partialUnits?: boolean;
  units?: { unit: string; percent: number }[];
}
const VOTES = readdirSync(DATASETS)
  .filter((d) => d.includes("-turnout-"))
  .map((d) => {
    const meta = JSON.parse(readFileSync(path.join(DATASETS, d, "meta.json"), "utf8")) as {
      electionId: string;
      units: { id: string }[];
    };
    const dir = path.join(DATASETS, d, "revisions");
    const releases = readdirSync(dir)
      .sort()
      .map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as Release);
    const last = releases.findLast((r) => r.units && !r.partialUnits)!;
    return { id: meta.electionId, units: new Map(last.units!.map((u) => [u.unit, u.percent])) };
  });
const vote = (id: string) => VOTES.find((v) => v.id === id)!;

const MAP = "/en/charts/kz-2022-turnout-map";
const tile = (page: Page, id: string) => page.locator(`[data-tile="${id}"]:visible`);

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const v of VOTES)
    test(`the map of ${v.id} shows its own units, each with its stored figure`, async ({
      page,
    }) => {
      await page.goto(`${MAP}?vote=${v.id}`);
      await expect(page.getByTestId("vote-picker").locator("a[aria-current=page]")).toHaveCount(1);
      await expect(page.getByTestId("tile-map").locator("[data-tile]:visible")).toHaveCount(20);
      for (const [id, percent] of v.units)
        await expect(tile(page, id)).toHaveAttribute(
          "aria-label",
          new RegExp(` ${percent.toFixed(2).replace(/\.?0+$/, "")}`),
        );
      // Today's units the vote did not have keep their tile, dashed, with no figure.
      const missing = ["abai", "zhetysu", "ulytau"].filter((id) => !v.units.has(id));
      for (const id of missing)
        await expect(tile(page, id).locator("rect")).toHaveAttribute("stroke-dasharray", "6 4");
    });

  test("picking a vote is a link that keeps the view, and the change view is one more", async ({
    page,
  }) => {
    await page.goto(`${MAP}?type=table`);
    await page.getByTestId("vote-picker").getByRole("link", { name: "Presidential 2019" }).click();
    await expect(page).toHaveURL(/\?type=table&vote=kz-2019-presidential$/);
    await page
      .getByTestId("compare-picker")
      .getByRole("link", { name: "Change since Referendum 2022" })
      .click();
    await expect(page).toHaveURL(
      /\?type=table&vote=kz-2019-presidential&compare=kz-2022-referendum$/,
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Change in turnout by region and city: Presidential 2019 to Referendum 2022",
    );
    // Both votes had 17 units with the same borders: every one of them is compared.
    const earlier = vote("kz-2019-presidential").units;
    const later = vote("kz-2022-referendum").units;
    const table = page.getByRole("table");
    const akmola = table.getByRole("row").filter({ hasText: "Akmola Region" });
    const change = later.get("akmola")! - earlier.get("akmola")!;
    await expect(akmola).toContainText(`${change > 0 ? "+" : "−"}${Math.abs(change).toFixed(1)}`);
  });
});

test("the change across the 2022 split compares only units that kept their territory", async ({
  page,
}) => {
  await page.goto(`/ru${MAP.slice(3)}?compare=kz-2019-presidential`);
  const earlier = vote("kz-2019-presidential").units;
  const later = vote("kz-2022-presidential").units;
  for (const id of ["karaganda", "east-kazakhstan", "almaty-region", "abai", "zhetysu", "ulytau"]) {
    await expect(tile(page, id).locator("rect")).toHaveAttribute("stroke-dasharray", "6 4");
    await expect(tile(page, id)).toHaveAttribute("aria-label", /сравн/);
  }
  const kyz = later.get("kyzylorda")! - earlier.get("kyzylorda")!;
  await expect(tile(page, "kyzylorda")).toHaveAttribute(
    "aria-label",
    new RegExp(`${kyz > 0 ? "\\+" : "−"}${Math.abs(kyz).toFixed(1).replace(".", ",")}`),
  );
  await expect(page.getByRole("list", { name: "Цветовая шкала изменения" })).toBeVisible();
  // No release slider: each vote is taken at its last full regional release.
  await expect(page.getByTestId("release-slider")).toHaveCount(0);
  const csv = await page.locator('[data-download="csv-current"]').getAttribute("href");
  expect(csv).toContain("compare=kz-2019-presidential");

  expect(await axeViolations(page)).toEqual([]);
});

test("a release of another vote falls back to that vote's newest, with a notice", async ({
  page,
}) => {
  await page.goto(`${MAP}?vote=kz-2023-mazhilis&release=1405`);
  await expect(page.getByTestId("invalid-params")).toContainText("release");
  await expect(page.getByTestId("release-slider").locator("a[aria-current=page]")).toHaveText(
    "22:10",
  );
});
