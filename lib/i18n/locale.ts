import { LOCALE_LIST } from "./locales.mjs";

/** The languages of the product: Kazakh and Russian first, as its readers read them, then English. */
export const LOCALES = LOCALE_LIST;
export type Locale = (typeof LOCALES)[number];

/** For a reader whose browser asks for none of the three. */
export const FALLBACK_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Every language, for a page's generateStaticParams: each page is prerendered in all three. */
export function localeParams(): { locale: Locale }[] {
  return LOCALES.map((locale) => ({ locale }));
}

/**
 * The locale of a route's [locale] segment. Next.js only renders the three it was given
 * (generateStaticParams with dynamicParams = false); anything else would be a bug, read as English.
 */
export function toLocale(segment: string): Locale {
  return isLocale(segment) ? segment : FALLBACK_LOCALE;
}

/**
 * The locale an Accept-Language header asks for most ("ru-RU,ru;q=0.9,en;q=0.5" → ru): the highest
 * q-value among our three, earlier entries first on a tie; q=0 refuses. Malformed entries are skipped.
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  let best: { locale: Locale; q: number } | undefined;
  for (const part of (header ?? "").slice(0, 1000).split(",")) {
    const [tag = "", ...params] = part.trim().split(";");
    const language = tag.trim().toLowerCase().split("-")[0];
    if (!isLocale(language)) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q) || q <= 0 || q > 1) continue;
    if (!best || q > best.q) best = { locale: language, q };
  }
  return best?.locale ?? FALLBACK_LOCALE;
}

/**
 * The language data/ is written in, and the one the API answers in when no lang parameter asks for
 * another: the other two are made from it (lib/data/localize.ts).
 */
export const DATA_LOCALE: Locale = "en";
