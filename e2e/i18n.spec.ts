import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, test, type Page } from "@playwright/test";

import { axeViolations, isReady, loadAllCharts, moveUntil } from "./helpers";

/** The dashboard loads each chart as it scrolls into view; a chart's own page at the first move. */
async function loadCharts(page: Page, rest: string): Promise<void> {
  if (rest === "") return loadAllCharts(page);
  const box = page.locator("[data-chart-ready]").first();
  if ((await box.count()) > 0) await moveUntil(page, () => isReady(box));
}

const LOCALES = ["kk", "ru", "en"] as const;
type Locale = (typeof LOCALES)[number];

/** Every kind of page, by its path after the language. */
const PAGES = [
  "",
  "/figures",
  "/sources",
  "/changes",
  "/charts/kz-2022-results",
  "/charts/kz-2022-turnout-map",
  "/embed/kz-2022-turnout-intraday",
  "/regions/zhetysu",
];

/** The UI catalogue, read as a file: what the app must say in each language, not what it does say. */
function catalogue(locale: Locale): Map<string, string[]> {
  const file = path.resolve(import.meta.dirname, "..", "lib", "i18n", "messages", `${locale}.json`);
  const out = new Map<string, string[]>();
  const walk = (node: unknown, key: string) => {
    if (typeof node === "string") out.set(key, [node]);
    else if (node && typeof node === "object" && "other" in node)
      out.set(key, Object.values(node as Record<string, string>));
    else if (node && typeof node === "object")
      for (const [k, v] of Object.entries(node)) walk(v, key ? `${key}.${k}` : k);
  };
  walk(JSON.parse(readFileSync(file, "utf8")), "");
  return out;
}

/**
 * The English UI's own phrases, cut at their placeholders: each piece of at least two words that
 * the other language words differently. Any of them on a Kazakh or Russian page is English leaking.
 */
function englishPhrases(other: Locale): string[] {
  const en = catalogue("en");
  const local = catalogue(other);
  const phrases = new Set<string>();
  for (const [key, texts] of en) {
    const theirs = (local.get(key) ?? []).join(" ");
    for (const text of texts)
      for (const piece of text.split(/\{\w+\}/)) {
        const phrase = piece.trim().replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, "");
        // Two words at least, and not so short that a title could hold them by chance ("as of").
        if (
          /[A-Za-z]{2,} [A-Za-z]{2,}/.test(phrase) &&
          phrase.length >= 9 &&
          !theirs.includes(phrase)
        )
          phrases.add(phrase);
      }
  }
  return [...phrases];
}

/** Every string value of a JSON tree, comments ($comment) aside: the text, not the keys. */
function leafStrings(node: unknown): string[] {
  if (typeof node === "string") return [node];
  if (!node || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([k, v]) => (k === "$comment" ? [] : leafStrings(v)));
}

const readData = (file: string) =>
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, "..", "data", file), "utf8"),
  ) as unknown;

/**
 * What may stand in Latin letters on a Kazakh or Russian page: publishers as this language names
 * them (a brand such as Tengrinews or "Economy.kz (…)" keeps its letters), the article's title and
 * section headings, which the figure cards' tables quote in plain cells that cannot carry a lang
 * attribute, names such as AMANAT, the Latin words of the Russian and Kazakh texts, and the names of
 * file formats and citation styles. Every other English title is marked lang="en" where it is shown,
 * and so left out of the text read (readerText), not allowed here.
 */
function latinAllowed(locale: Locale): { phrases: string[]; words: Set<string> } {
  const sources = (readData("sources.json") as { sources: Record<string, unknown>[] }).sources;
  const { publishers, ...translated } = readData(`translations/${locale}.json`) as {
    publishers: Record<string, string>;
  };
  const article = sources.find((s) => s.kind === "article")!;
  const phrases = [
    ...Object.values(publishers),
    String(article.title),
    ...((article.sections as { heading: string }[] | undefined) ?? []).map((x) => x.heading),
    // Publishers' own headlines, verbatim: «…Еxit poll нәтижесі» is how Egemen wrote it.
    ...sources.flatMap((s) => (typeof s.originalTitle === "string" ? [s.originalTitle] : [])),
  ];
  const names = (readData("names.json") as { names: Record<string, string>[] }).names;
  const localTexts = [
    ...names.map((n) => n[locale] ?? ""),
    // Publishers' names count as whole phrases above, not as loose words ("The", "News").
    ...leafStrings(translated),
    ...[...catalogue(locale).values()].flat(),
  ].join(" ");
  const words = new Set([
    ...(localTexts.match(/[A-Za-z]{2,}/g) ?? []),
    ...["CSV", "ZIP", "Zip", "PNG", "SVG", "JSON", "README", "APA", "BibTeX", "UTF", "RFC"],
  ]);
  return { phrases: phrases.sort((a, b) => b.length - a.length), words };
}

/**
 * What a reader sees or hears in the page's language: the text, hidden parts included, and the names
 * and labels given to assistive technology. Parts marked as another language (lang="en" on an English
 * source's title), the language switch, which names each language in itself, and BibTeX, whose field
 * names are the format's own, are left out.
 */
async function readerText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const own = document.documentElement.lang;
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const e of body.querySelectorAll(
      `[lang]:not([lang="${own}"]), [data-testid="language-switch"], [data-format="bibtex"], script, style, template`,
    ))
      e.remove();
    const labels = [...body.querySelectorAll("[aria-label], [title], [alt]")].map((e) =>
      ["aria-label", "title", "alt"].map((a) => e.getAttribute(a) ?? "").join(" "),
    );
    // Text node by text node: textContent would run "CSV" and "ZIP" of two links together.
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n.nodeValue ?? "");
    return [document.title, texts.join(" "), ...labels].join("\n");
  });
}

for (const locale of LOCALES)
  test(`every page exists in ${locale}: its language, its title, and the other two as alternates`, async ({
    page,
  }) => {
    for (const rest of PAGES) {
      const res = await page.goto(`/${locale}${rest}`);
      expect(res?.status(), rest).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const alternates = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((ls) => ls.map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]));
      expect(alternates.map(([l]) => l).sort(), rest).toEqual(["en", "kk", "ru", "x-default"]);
      // An embed's canonical page, in every language, is its chart's.
      const canonical = rest.replace(/^\/embed\//, "/charts/");
      for (const [l, href] of alternates)
        if (l !== "x-default") expect(new URL(href!).pathname, rest).toBe(`/${l}${canonical}`);
    }
  });

/** The contrast a theme changes: the Kazakh dashboard is scanned in the light theme, the Russian in the dark. */
const THEME = { kk: "light", ru: "dark" } as const;

for (const locale of ["kk", "ru"] as const)
  test(`no English UI text on any ${locale} page, and axe finds nothing on its dashboard in the ${THEME[locale]} theme`, async ({
    page,
    context,
  }) => {
    // axe checks the contrast of every text node of a long page: slow on two cores.
    test.setTimeout(180_000);
    const theme = THEME[locale];
    await context.addInitScript((t) => localStorage.setItem("theme", t), theme);
    await page.emulateMedia({ colorScheme: theme });
    const phrases = englishPhrases(locale);
    const latin = latinAllowed(locale);
    // The scan would pass on a page that shows nothing: make sure it knows the English.
    expect(phrases).toContain("Show table");
    for (const rest of [
      ...PAGES,
      "/charts/kz-2022-turnout-intraday?asOf=2022-11-20T2000-preliminary",
    ]) {
      await page.goto(`/${locale}${rest}`);
      await loadCharts(page, rest);
      for (const s of await page.locator("summary").all()) await s.click();
      const text = await readerText(page);
      expect(
        phrases.filter((p) => text.includes(p)),
        `${locale}${rest}`,
      ).toEqual([]);
      // Words no catalogue holds: English written into the code instead of a catalogue.
      // Allowed phrases first: a publisher such as "Economy.kz (citing Kazinform)" holds a domain.
      let rest2 = text;
      for (const p of latin.phrases) rest2 = rest2.split(p).join(" ");
      rest2 = rest2.replace(/https?:\/\/\S+|[\w.-]+\.(?:kz|ru|com|org)\b/g, " ");
      const stray = [...new Set(rest2.match(/[A-Za-z]{2,}/g) ?? [])].filter(
        (w) => !latin.words.has(w),
      );
      expect(stray, `Latin words on /${locale}${rest}`).toEqual([]);
      // The dashboard's one desktop scan in each theme, every chart loaded and every table open
      // (the phone's is in regions.spec.ts; other page types in their own specs).
      if (rest === "") {
        expect(await axeViolations(page)).toEqual([]);
      }
    }
  });

test("/ and the addresses from before the languages go to the browser's language", async ({
  browser,
}) => {
  // The browser's own language setting, which it sends as Accept-Language.
  for (const [browserLocale, locale] of [
    ["kk-KZ", "kk"],
    ["ru-RU", "ru"],
    ["de-DE", "en"],
  ] as const) {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await page.goto("/");
    expect(new URL(page.url()).pathname).toBe(`/${locale}`);
    await page.goto("/charts/kz-2022-results?type=table");
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(
      `/${locale}/charts/kz-2022-results?type=table`,
    );
    const res = await context.request.get("/", { maxRedirects: 0 });
    expect(res.status()).toBe(307);
    expect(res.headers()["vary"]).toContain("Accept-Language");
    expect(res.headers()["cache-control"]).toContain("no-store");
    for (const l of LOCALES) expect(res.headers()["link"]).toContain(`/${l}>; rel="alternate"`);
    await context.close();
  }
});

test("the language switch keeps the view, the one the page came with and the one chosen since", async ({
  page,
}) => {
  await page.goto("/ru/charts/kz-2022-results?sort=asc&highlight=abden");
  const switcher = page.getByTestId("language-switch");
  await expect(switcher.getByRole("link", { name: "Қазақша" })).toHaveAttribute(
    "href",
    "/kk/charts/kz-2022-results?sort=asc&highlight=abden",
  );
  // A view changed in the browser, after the page was served.
  await page.getByRole("button", { name: "Таблица" }).click();
  await expect(page).toHaveURL(/type=table/);
  await switcher.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(
    /\/en\/charts\/kz-2022-results\?type=table&sort=asc&highlight=abden$/,
  );
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "Table" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("table")).toContainText("Karakat Abden");
});

test("numbers, dates and plural forms follow the language", async ({ page }) => {
  await page.goto("/ru/figures");
  const card = page.locator('[data-figure-id="tokayev-vote-share-2022"]');
  await expect(card).toContainText("81,31\u00a0%");
  await expect(card).toContainText("20 ноября 2022");
  await page.goto("/kk/figures");
  await expect(page.locator('[data-figure-id="tokayev-vote-share-2022"]')).toContainText(
    "2022 жылғы 20 қараша",
  );
  await page.goto("/ru/charts/kz-2023-mazhilis-seats");
  // Six parties share the seats: Russian says "партий" after 6 (many), not "партии".
  await expect(page.locator("figcaption")).toContainText("6 партий");
  await page.goto("/ru/charts/kz-2022-results?measure=votes&type=table");
  await expect(page.getByRole("table")).toContainText("6\u00a0456\u00a0393");
});

test("each language has its own link preview, and its own words in the files", async ({
  page,
  request,
}) => {
  const images = new Map<string, Buffer>();
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/charts/kz-2022-turnout-regions?sort=asc`);
    const url = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(url).toContain("sort=asc");
    if (locale !== "en") expect(url).toContain(`lang=${locale}`);
    const png = await request.get(url!);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    images.set(locale, await png.body());
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute(
      "content",
      { kk: "kk_KZ", ru: "ru_KZ", en: "en_US" }[locale],
    );
  }
  expect(new Set([...images.values()].map((b) => b.toString("base64"))).size).toBe(3);

  const svg = await (await request.get("/api/charts/kz-2022-results/image.svg?lang=kk")).text();
  expect(svg).toContain("Қасым-Жомарт Тоқаев");
  const csv = (await (await request.get("/api/charts/kz-2022-results/data.csv?lang=ru")).text())
    .replace(/^\ufeff/, "")
    .split("\r\n");
  // Headers and values as in every language; the label column in Russian.
  expect(csv[0]).toBe("Option,Nominated by,Votes,Share of valid votes (%),Status,As of,label");
  expect(csv[1]).toMatch(/^Kassym-Jomart Tokayev,.*,6456393,81\.31,final,.*,Касым-Жомарт Токаев$/);
  expect((await request.get("/api/charts/kz-2022-results/data.csv?lang=fr")).status()).toBe(400);
});

test("without JavaScript every language shows its figures, charts and table links", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const { charts } = (await (await page.request.get("/api/charts")).json()) as {
    charts: unknown[];
  };
  for (const locale of ["kk", "ru"] as const) {
    const table = catalogue(locale).get("table.open")![0]!;
    await page.goto(`/${locale}/figures`);
    await expect(page.locator("[data-figure-id]").first()).toBeVisible();
    const onFigures = await page.locator("[data-chart-link]").count();
    await page.goto(`/${locale}`);
    // Drawn on the dashboard, or named there or on the figures page with a link to its own page.
    const drawn = await page.locator("figure[data-chart-id]").count();
    const named = await page.locator("[data-chart-link]").count();
    expect(drawn + named + onFigures).toBe(charts.length);
    await expect(page.getByTestId("tile-map")).toBeVisible();
    await page.locator("figure[data-chart-id] summary").first().click();
    await expect(page.getByRole("link", { name: table }).first()).toHaveAttribute(
      "href",
      `/${locale}/charts/kz-2022-results?type=table`,
    );
    await page.goto(`/${locale}/charts/kz-2022-results?type=table`);
    await expect(page.getByRole("table")).toBeVisible();
  }
  await context.close();
});
