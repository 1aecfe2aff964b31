import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, test, type Page } from "@playwright/test";

/** data/ as written, read apart from the app: what each language must show. */
const readData = <T>(file: string) =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "..", "data", file), "utf8")) as T;

interface RawSource {
  id: string;
  title: string;
  originalTitle?: string;
  publisher: string;
  language: string;
  url: string;
}
const SOURCES = readData<{ sources: RawSource[] }>("sources.json").sources;
const PUBLISHERS = {
  ru: readData<{ publishers: Record<string, string> }>("translations/ru.json").publishers,
  kk: readData<{ publishers: Record<string, string> }>("translations/kk.json").publishers,
};
const source = (pick: (s: RawSource) => boolean) => {
  const s = SOURCES.find(pick);
  if (!s) throw new Error("data/sources.json has no such source");
  return s;
};
const withHeadline = (language: string) =>
  source((s) => s.language === language && s.originalTitle !== undefined);
const byPublisher = (english: string) => source((s) => s.publisher === english);

/** A source's entry in the list of sources: its title link and the line under it. */
const entry = (page: Page, s: RawSource) => page.locator(`#source-${s.id}`);

test("a Russian page shows Russian and Kazakh pages under their own headlines, and the CEC by its Russian name", async ({
  page,
}) => {
  await page.goto("/ru/sources");
  const russian = withHeadline("ru");
  const link = entry(page, russian).getByRole("link");
  await expect(link).toHaveText(russian.originalTitle!);
  expect(await link.getAttribute("lang")).toBeNull();
  const kazakh = withHeadline("kk");
  await expect(entry(page, kazakh).getByRole("link")).toHaveText(kazakh.originalTitle!);
  await expect(entry(page, kazakh).getByRole("link")).toHaveAttribute("lang", "kk");
  const cec = byPublisher("Central Election Commission of Kazakhstan");
  await expect(entry(page, cec)).toContainText("ЦИК Республики Казахстан");
  await expect(entry(page, cec)).not.toContainText("Central Election Commission");
  // A page whose headline data/ lacks: its English rendering, marked as English.
  const lacking = source((s) => s.language === "ru" && !s.originalTitle);
  await expect(entry(page, lacking).getByRole("link")).toHaveText(lacking.title);
  await expect(entry(page, lacking).getByRole("link")).toHaveAttribute("lang", "en");
});

test("a Kazakh page names «Егемен Қазақстан» and shows a Kazakh page's own headline", async ({
  page,
}) => {
  await page.goto("/kk/sources");
  const egemen = byPublisher("Egemen Qazaqstan");
  await expect(entry(page, egemen)).toContainText("«Егемен Қазақстан»");
  // Egemen's own headline is not in data/ yet: the English rendering stands, marked as English.
  const egemenTitle = entry(page, egemen).getByRole("link");
  await expect(egemenTitle).toHaveText(egemen.originalTitle ?? egemen.title);
  if (!egemen.originalTitle) await expect(egemenTitle).toHaveAttribute("lang", "en");
  const kazakh = withHeadline("kk");
  const link = entry(page, kazakh).getByRole("link");
  await expect(link).toHaveText(kazakh.originalTitle!);
  expect(await link.getAttribute("lang")).toBeNull();
  await expect(entry(page, kazakh)).toContainText(PUBLISHERS.kk[kazakh.publisher]!);
  const russian = withHeadline("ru");
  await expect(entry(page, russian).getByRole("link")).toHaveAttribute("lang", "ru");
});

test("an English page shows the English renderings and the English publishers", async ({
  page,
}) => {
  await page.goto("/en/sources");
  for (const s of [withHeadline("ru"), withHeadline("kk"), byPublisher("Egemen Qazaqstan")]) {
    const link = entry(page, s).getByRole("link");
    await expect(link).toHaveText(s.title);
    expect(await link.getAttribute("lang")).toBeNull();
    await expect(entry(page, s)).toContainText(s.publisher);
  }
});

test("a chart's source line names its publishers in the page's language, each title in its own", async ({
  page,
  request,
}) => {
  const id = "kz-2022-results";
  // metadata.json names sources in English in every language: the key to data/translations.
  const meta = (await (await request.get(`/api/charts/${id}/metadata.json`)).json()) as {
    sources: { publisher: string }[];
  };
  for (const locale of ["ru", "kk"] as const) {
    await page.goto(`/${locale}/charts/${id}`);
    const line = page.locator("figure[data-chart-id]").getByTestId("chart-sources");
    const shown = await line.locator("[data-publisher]").allTextContents();
    expect(shown.sort()).toEqual(
      [...new Set(meta.sources.map((s) => PUBLISHERS[locale][s.publisher]!))].sort(),
    );
    const titles = await line.locator("a[href^='http']").all();
    expect(titles.length).toBeGreaterThan(0);
    for (const a of titles) {
      const href = await a.getAttribute("href");
      const s = SOURCES.find((x) => x.url === href)!;
      const own = s.originalTitle !== undefined;
      await expect(a).toHaveText(own ? s.originalTitle! : s.title);
      const lang = own ? s.language : "en";
      expect(await a.getAttribute("lang")).toBe(lang === locale ? null : lang);
    }
  }
});

/** Every kind of page, by its path after the language. */
const PAGE_TYPES = [
  "",
  "/charts/kz-2022-results",
  "/embed/kz-2022-turnout-intraday",
  "/regions/zhetysu",
  "/changes",
];

test("og:locale and JSON-LD's inLanguage say the page's language on every kind of page, og:locale:alternate the other two", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const own = new Map<string, string>();
  const alternates = new Map<string, string[]>();
  for (const locale of ["kk", "ru", "en"] as const)
    for (const rest of PAGE_TYPES) {
      await page.goto(`/${locale}${rest}`);
      const where = `/${locale}${rest}`;
      const og = await page.locator('meta[property="og:locale"]').getAttribute("content");
      expect(og, where).toMatch(new RegExp(`^${locale}_[A-Z]{2}$`));
      if (rest === "") own.set(locale, og!);
      else expect(og, where).toBe(own.get(locale));
      alternates.set(
        where,
        await page
          .locator('meta[property="og:locale:alternate"]')
          .evaluateAll((ms) => ms.map((m) => m.getAttribute("content")!)),
      );
      const blocks = await page
        .locator('script[type="application/ld+json"]')
        .evaluateAll((ss) => ss.map((s) => JSON.parse(s.textContent ?? "{}") as object));
      // An embed is not indexed (robots noindex) and carries none; every other page one at least.
      if (!rest.startsWith("/embed/")) expect(blocks.length, where).toBeGreaterThan(0);
      for (const b of blocks) expect((b as { inLanguage?: string }).inLanguage, where).toBe(locale);
    }
  for (const [where, list] of alternates) {
    const locale = where.split("/")[1]!;
    expect(list.sort(), where).toEqual(
      [...own]
        .filter(([l]) => l !== locale)
        .map(([, og]) => og)
        .sort(),
    );
  }
});
