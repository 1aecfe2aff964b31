import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

import en from "../lib/i18n/messages/en.json" with { type: "json" };
import kk from "../lib/i18n/messages/kk.json" with { type: "json" };
import ru from "../lib/i18n/messages/ru.json" with { type: "json" };
import { axeViolations } from "./helpers";

const WORDS = { en, ru, kk };
const LOCALES = ["kk", "ru", "en"] as const;

/** The first region in data/units.json: a region page that exists whatever the data holds. */
const units = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "..", "data", "units.json"), "utf8"),
) as { units: { id: string }[] };
const REGION = units.units[0]!.id;

const SITE_PAGES = [
  "",
  "/charts/kz-2022-results",
  `/regions/${REGION}`,
  "/changes",
  "/checks/turnout",
  "/observers",
  "/about",
];

test("every site page has the site's header and footer, once, and an embed has neither", async ({
  page,
}) => {
  for (const p of SITE_PAGES) {
    await page.goto(`/ru${p}`);
    const header = page.locator("[data-site-header]");
    await expect(header, p).toHaveCount(1);
    await expect(header.getByRole("link", { name: ru.site.name }), p).toHaveAttribute(
      "href",
      "/ru",
    );
    await expect(page.locator("[data-site-footer]"), p).toHaveCount(1);
    // One banner landmark: the dashboard's own title block is no second <header>.
    await expect(page.getByRole("banner"), p).toHaveCount(1);
    // The page's own language switch went into the header: one per page.
    await expect(page.getByTestId("language-switch"), p).toHaveCount(1);
    await expect(header.getByTestId("language-switch"), p).toHaveCount(1);
  }
  await page.goto("/ru/embed/kz-2022-results");
  await expect(page.locator("[data-site-header], [data-site-footer]")).toHaveCount(0);
  await expect(page.getByTestId("language-switch")).toHaveCount(0);
});

test("the header's and footer's links lead to pages that exist, and to anchors on them", async ({
  page,
  request,
}) => {
  await page.goto("/kk/changes");
  const hrefs = await page
    .locator("[data-site-header] a, [data-site-footer] a")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const local = [...new Set(hrefs.filter((h) => h.startsWith("/")))];
  // Name, four sections, three languages less the current one, five footer links.
  expect(local.length).toBeGreaterThanOrEqual(9);
  for (const href of local) {
    const [pathname, anchor] = href.split("#");
    const res = await request.get(pathname!, { maxRedirects: 0 });
    expect(res.status(), href).toBe(200);
    if (anchor) expect(await res.text(), href).toContain(`id="${anchor}"`);
  }
});

test("the header works from the keyboard, and on a phone its menu opens without JavaScript or scrolling sideways", async ({
  page,
  browser,
}) => {
  await page.goto("/ru/charts/kz-2022-results");
  // After the skip link: the site's name, then its sections, in reading order.
  const expected = [
    ru.nav.skip,
    ru.site.name,
    ru.frame.elections,
    ru.frame.regions,
    ru.frame.data,
    ru.frame.about,
  ];
  for (const name of expected) {
    await page.keyboard.press("Tab");
    await expect(page.locator(":focus")).toHaveText(name);
  }

  const phone = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 360, height: 740 },
  });
  const noJs = await phone.newPage();
  await noJs.goto("/kk");
  const header = noJs.locator("[data-site-header]");
  // One row for the name and the menu, one for the languages.
  expect((await header.boundingBox())!.height).toBeLessThan(100);
  const scrollWidth = () => noJs.evaluate(() => document.documentElement.scrollWidth);
  expect(await scrollWidth()).toBeLessThanOrEqual(360);
  const about = header.getByRole("link", { name: kk.frame.about, exact: true });
  await expect(about).toBeHidden();
  await header.getByRole("button", { name: kk.frame.menu }).focus();
  await noJs.keyboard.press("Enter");
  await expect(about).toBeVisible();
  await noJs.keyboard.press("Tab");
  await expect(noJs.locator(":focus")).toHaveText(kk.frame.elections);
  expect(await scrollWidth()).toBeLessThanOrEqual(360);
  await phone.close();
});

test("the about page, in each language, gives methodology, licence, corrections and data", async ({
  page,
}) => {
  for (const locale of LOCALES) {
    const w = WORDS[locale].about;
    await page.goto(`/${locale}/about`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.title);
    for (const title of [w.methodology, w.licence, w.corrections, w.data])
      await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
    await expect(page.locator('a[rel="license"]').first()).toHaveAttribute(
      "href",
      "https://creativecommons.org/licenses/by/4.0/",
    );
    // The test server runs without SITE_CONTACT: no address is shown, the change log is offered.
    await expect(page.locator("[data-no-contact]")).toHaveText(w.noContact);
    await expect(page.locator("[data-contact]")).toHaveCount(0);
    await expect(
      page.locator("#corrections").getByRole("link", { name: WORDS[locale].frame.changes }),
    ).toHaveAttribute("href", `/${locale}/changes`);
  }
  expect(await axeViolations(page)).toEqual([]);
});

test("the about page's open data downloads: every file answers, the database and the observers in the page's language", async ({
  page,
  request,
}) => {
  for (const locale of LOCALES) {
    const w = WORDS[locale].about;
    await page.goto(`/${locale}/about`);
    const links = page.locator("#data li a");
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    expect(hrefs.length).toBeGreaterThanOrEqual(6);
    for (const href of hrefs) {
      const answer = await request.get(href);
      expect(answer.status(), href).toBe(200);
    }
    const sqlite = page.getByRole("link", { name: w.dataSqlite });
    const observers = page.getByRole("link", { name: w.dataObservers });
    const lang = locale === "en" ? "" : `?lang=${locale}`;
    await expect(sqlite).toHaveAttribute("href", `/api/data.sqlite${lang}`);
    await expect(observers).toHaveAttribute("href", `/api/observers.csv${lang}`);
    const db = await (await request.get((await sqlite.getAttribute("href"))!)).body();
    expect(db.subarray(0, 16).toString("latin1")).toBe("SQLite format 3\0");
  }
});

test("a chart page opens with its title and chart; each control group below carries a visible label", async ({
  page,
}) => {
  await page.goto("/ru/charts/kz-2022-results");
  const title = page.getByRole("heading", { level: 1 });
  const types = page.getByRole("group", { name: ru.controls.type, exact: true });
  const measure = page.getByRole("group", { name: ru.controls.measure, exact: true });
  await expect(types.getByText(ru.controls.type, { exact: true })).toBeVisible();
  await expect(measure.getByText(ru.controls.measure, { exact: true })).toBeVisible();
  // The value toggle names what it shows, so it is never read as the share button below.
  await expect(measure.getByRole("button", { name: ru.controls.measures.share })).toBeVisible();
  expect(ru.controls.measures.share).not.toBe(ru.share.share);
  const before = await title.evaluate(
    (h, controls) => !!(h.compareDocumentPosition(controls!) & Node.DOCUMENT_POSITION_FOLLOWING),
    await types.elementHandle(),
  );
  expect(before).toBe(true);
  // The chart and its description, too, come before the controls.
  const caption = page.locator("figcaption").first();
  expect((await caption.boundingBox())!.y).toBeLessThan((await types.boundingBox())!.y);
});

test("pages use Noto Sans from the package, Kazakh letters included", async ({ page }) => {
  const fonts: { url: string; bytes: number }[] = [];
  page.on("response", async (r) => {
    if (r.url().endsWith(".woff2")) fonts.push({ url: r.url(), bytes: (await r.body()).length });
  });
  await page.goto("/kk");
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(
    /^"?Noto Sans"?,/,
  );
  // Every Kazakh letter is drawn by the loaded face, none by a fallback.
  expect(
    await page.evaluate(() => document.fonts.check('16px "Noto Sans"', "ӘҒҚҢӨҰҮҺІ әғқңөұүһі")),
  ).toBe(true);
  const faces = await page.evaluate(() =>
    [...document.fonts]
      .filter((f) => f.family.includes("Noto Sans") && f.status === "loaded")
      .map((f) => f.unicodeRange),
  );
  expect(faces.some((r) => /U\+460-52F/i.test(r))).toBe(true);
  expect(
    fonts.every((f) => /noto-sans-(latin|cyrillic|cyrillic-ext)-(400|700)-normal/.test(f.url)),
  ).toBe(true);
  console.log(
    `woff2 on /kk: ${fonts.length} files, ${fonts.reduce((s, f) => s + f.bytes, 0)} bytes`,
  );
});
