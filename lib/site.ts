import type { Locale } from "./i18n/locale";

/** The public address of the site, for canonical URLs, previews and embed codes. */
export function siteUrl(): string {
  const raw = process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`;
  return raw.replace(/\/+$/, "");
}

/** SITE_URL as configured, or null when it is not (then the site's address is only known per request). */
export function configuredSiteUrl(): string | null {
  const raw = process.env.SITE_URL?.trim();
  return raw ? raw.replace(/\/+$/, "") : null;
}

// Every page lives under its language: /kk/…, /ru/…, /en/… (app/[locale]/).

export function homePath(locale: Locale): string {
  return `/${locale}`;
}

export function changesPath(locale: Locale): string {
  return `/${locale}/changes`;
}

/** The fragment id of one change between revisions on the changes page, for links and the feed. */
export function changeAnchor(datasetId: string, revisionId: string): string {
  return `change-${datasetId}-${revisionId}`;
}

/** The Atom feed of the changes page, in a language (English without lang, as every API file). */
export function changesFeedPath(locale: Locale): string {
  return `/api/changes.atom${locale === "en" ? "" : `?lang=${locale}`}`;
}

export function chartPath(locale: Locale, id: string, query = ""): string {
  return `/${locale}/charts/${encodeURIComponent(id)}${query}`;
}

export function embedPath(locale: Locale, id: string, query = ""): string {
  return `/${locale}/embed/${encodeURIComponent(id)}${query}`;
}

/** A region's or city's own page. */
export function regionPath(locale: Locale, id: string): string {
  return `/${locale}/regions/${encodeURIComponent(id)}`;
}

/**
 * The files of a chart (preview, images, CSV) speak English unless asked otherwise: the extra
 * query pair that asks for another language, none for English.
 */
export function langPair(locale: Locale): [string, string][] {
  return locale === "en" ? [] : [["lang", locale]];
}

/** A chart's link-preview image, in a language: the view's query with lang added. */
export function ogImagePath(locale: Locale, id: string, query = ""): string {
  const lang = locale === "en" ? "" : `lang=${locale}`;
  const joined = [query.replace(/^\?/, ""), lang].filter(Boolean).join("&");
  return `/api/og/${encodeURIComponent(id)}${joined ? `?${joined}` : ""}`;
}

/**
 * The widths the page's chart is drawn at, as an SVG in an <img>, by the screen's width: each at
 * most the narrowest box it is shown in (a box is 66 px narrower than a phone's screen up to 1023 px: 254 px at 320), so the drawing is
 * never shrunk below its 12 px text. From 1024 px the dashboard sets charts two to a row; a chart's
 * own page, a region's and an embed give it the full width (`full`).
 */
export const PAGE_IMAGE_SOURCES = [
  { media: "(max-width: 359px)", w: 250 },
  { media: "(max-width: 399px)", w: 290 },
  { media: "(max-width: 639px)", w: 330 },
  { media: "(max-width: 1023px)", w: 540 },
] as const;
export const PAGE_IMAGE_WIDE = { twoAcross: 430, full: 800 } as const;

/** The page's chart as an SVG of the view's query, in the page's colours, laid out for w × h. */
export function chartImagePath(
  locale: Locale,
  id: string,
  viewQuery: string,
  size: { w: number; h: number },
  theme?: "light" | "dark",
): string {
  const pairs = [
    viewQuery.replace(/^\?/, ""),
    locale === "en" ? "" : `lang=${locale}`,
    `palette=page&w=${size.w}&h=${size.h}`,
    theme ? `theme=${theme}` : "",
  ];
  return `/api/charts/${encodeURIComponent(id)}/image.svg?${pairs.filter(Boolean).join("&")}`;
}

/** The fragment id of a source in a page's list of sources, for links from the figures it backs. */
export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

/** The checks on the turnout figures. */
export function turnoutChecksPath(locale: Locale): string {
  return `/${locale}/checks/turnout`;
}

/** One table of those checks as CSV, with unit names in the page's language. */
export function checkCsvPath(id: string, locale: Locale): string {
  return `/api/checks/${encodeURIComponent(id)}/data.csv${locale === "en" ? "" : `?lang=${locale}`}`;
}

/** The data package of one table of those checks; it describes the English CSV. */
export function checkPackagePath(id: string): string {
  return `/api/checks/${encodeURIComponent(id)}/datapackage.json`;
}

/** The observers' findings on every vote; `election` is the anchor of one vote's findings. */
export function observersPath(locale: Locale, election?: string): string {
  return `/${locale}/observers${election ? `#${encodeURIComponent(election)}` : ""}`;
}

/** Every source of the site, with what each backs; `id` is the anchor of one source. */
export function sourcesPath(locale: Locale, id?: string): string {
  return `/${locale}/sources${id ? `#${sourceAnchor(id)}` : ""}`;
}

/** The article's figures and those computed from the results; `section` is a section's anchor. */
export function figuresPath(locale: Locale, section?: string): string {
  return `/${locale}/figures${section ? `#${section}` : ""}`;
}

/** The about page: methodology, licence, corrections, data; `section` is the anchor of one of them. */
export function aboutPath(locale: Locale, section?: AboutSection): string {
  return `/${locale}/about${section ? `#${section}` : ""}`;
}
export type AboutSection = "methodology" | "licence" | "corrections" | "data";

/**
 * Where to report an error (SITE_CONTACT): an e-mail address or a web address, as a link target.
 * Undefined when unset or blank, and the about page then says that no address is configured; an
 * address is never made up.
 */
export function siteContact(
  raw = process.env.SITE_CONTACT,
): { text: string; href: string } | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  if (/^https?:\/\//i.test(text)) return { text, href: text };
  if (/^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/.test(text)) return { text, href: `mailto:${text}` };
  // Anything else (a phone number, a postal address) is shown as written, with no link.
  return { text, href: "" };
}
