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

/**
 * Where readers reach the people behind the site (SITE_CONTACT: an e-mail address or a URL), or
 * null when none is configured; callers then point to the about page.
 */
export function siteContact(): { email: string } | { url: string } | null {
  const raw = process.env.SITE_CONTACT?.trim();
  if (!raw) return null;
  return /^[^\s@/:]+@[^\s@/]+$/.test(raw) ? { email: raw } : { url: raw };
}

/** The page about the site, its data and who makes it. */
export function aboutPath(locale: Locale): string {
  return `/${locale}/about`;
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
