import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";

import { axeViolations, expectPackageOfServedCsv } from "./helpers";

/** The data, names and catalogues read as files: what the page must show, not what the app computes. */
const ROOT = path.resolve(import.meta.dirname, "..");
const json = <T>(...p: string[]) => JSON.parse(readFileSync(path.join(ROOT, ...p), "utf8")) as T;
type Locale = "kk" | "ru" | "en";
const LOCALES: Locale[] = ["kk", "ru", "en"];
const messages = (l: Locale) =>
  json<{ checks: { title: string; linkLine: string } }>("lib", "i18n", "messages", `${l}.json`);
const names = json<{ names: { id: string; ru: string; kk: string }[] }>("data", "names.json");
const enNames = json<{ units: { id: string; name: string }[] }>(
  "data",
  "datasets",
  "kz-2022-turnout-intraday",
  "meta.json",
);
const nameIn = (id: string, l: Locale) =>
  l === "en"
    ? enNames.units.find((u) => u.id === id)!.name
    : names.names.find((u) => u.id === id)![l];
const release = (file: string) =>
  json<{ units: { unit: string; percent: number }[] }>(
    "data",
    "datasets",
    "kz-2022-turnout-intraday",
    "revisions",
    file,
  ).units;
const at = (file: string, unit: string) => release(file).find((u) => u.unit === unit)!.percent;
/** Units at each vote's last full regional release, as stored: what the spread has a row for. */
const unitsPerVote = readdirSync(path.join(ROOT, "data", "datasets"))
  .filter((d) => d.includes("-turnout-"))
  .map((d) => {
    const dir = path.join(ROOT, "data", "datasets", d, "revisions");
    const last = readdirSync(dir)
      .sort()
      .map((f) => json<{ partialUnits?: boolean; units?: unknown[] }>(path.relative(ROOT, dir), f))
      .findLast((r) => r.units && !r.partialUnits)!;
    return last.units!.length;
  });

/**
 * Hand-checked against ../shared/facts/kz-2022-intraday-turnout.md (20:00 and 22:00 tables): the only
 * figures of an election day that fell or rose after the unit's polls had closed.
 */
const FLAGGED = [
  { unit: "zhetysu", kind: "decrease" },
  { unit: "north-kazakhstan", kind: "riseAfterClose" },
  { unit: "astana", kind: "decrease" },
];

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page shows each check and the flagged releases in kk, ru and en", async ({ page }) => {
    for (const l of LOCALES) {
      await page.goto(`/${l}/checks/turnout`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages(l).checks.title);
      for (const id of ["spread", "moves", "releases", "limits"])
        await expect(page.locator(`section#${id}`)).toBeVisible();
      await expect(page.locator("#spread svg circle")).not.toHaveCount(0);
      const rows = page.locator("#releases tbody tr");
      await expect(rows).toHaveCount(FLAGGED.length);
      for (const f of FLAGGED)
        await expect(page.locator(`[data-flag="${f.unit}:${f.kind}"] th`)).toHaveText(
          nameIn(f.unit, l),
        );
    }
  });

  test("the dashboard, the map and a region page link to the checks in one line", async ({
    page,
  }) => {
    for (const url of ["/ru", "/ru/charts/kz-2022-turnout-map", "/ru/regions/north-kazakhstan"]) {
      await page.goto(url);
      const link = page.getByRole("link", { name: messages("ru").checks.linkLine });
      await expect(link).toHaveAttribute("href", "/ru/checks/turnout");
    }
  });
});

test("each check's CSV has its rows", async ({ request }) => {
  const csv = async (id: string, lang = "") => {
    const res = await request.get(`/api/checks/${id}/data.csv${lang}`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("text/csv");
    return parse(await res.text(), { columns: true, bom: true }) as Record<string, string>[];
  };
  const flags = await csv("turnout-releases", "?lang=kk");
  expect(flags.map((r) => [r.unit_id, r.unit_name, r.from_release, r.to_release])).toEqual(
    FLAGGED.map((f) => [f.unit, nameIn(f.unit, "kk"), "20:00", "22:00"]),
  );
  for (const r of flags) {
    expect(Number(r.from_turnout)).toBe(at("2022-11-20T2000-preliminary.json", r.unit_id!));
    expect(Number(r.to_turnout)).toBe(at("2022-11-20T2200-preliminary.json", r.unit_id!));
  }
  // A row per unit of each vote: 17 in 2019 and at the referendum, 20 from November 2022.
  const spread = await csv("turnout-spread");
  expect(spread).toHaveLength(unitsPerVote.reduce((a, b) => a + b, 0));
  expect(spread.filter((r) => r.vote_id === "kz-2022-presidential")).toHaveLength(
    release("2022-11-20T2200-preliminary.json").length,
  );
  const moves = await csv("turnout-moves");
  // Each vote after the first is compared with the one before it.
  expect(new Set(moves.map((r) => r.later_vote_id)).size).toBe(unitsPerVote.length - 1);
  expect(moves.every((r) => (r.direction === "rise") === Number(r.change_points) > 0)).toBe(true);
  expect((await request.get("/api/checks/nothing/data.csv")).status()).toBe(404);
});

test("each check's data package, linked beside its CSV, describes that CSV as served", async ({
  page,
  request,
}) => {
  await page.goto("/kk/checks/turnout");
  const links = page.getByRole("link", { name: "Frictionless Data Package (JSON)" });
  await expect(links).toHaveCount(3);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!))) {
    const columns = await expectPackageOfServedCsv(request, href);
    expect(columns, href).toContain("unit_id");
  }
  expect((await request.get("/api/checks/nothing/datapackage.json")).status()).toBe(404);
});

test("axe finds nothing on the checks page on a phone in the dark theme", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await context.addInitScript(() => localStorage.setItem("theme", "dark"));
  await page.emulateMedia({ colorScheme: "dark" });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/kk/checks/turnout");
  await page.locator("#spread details summary").click();
  expect(await axeViolations(page)).toEqual([]);
});
