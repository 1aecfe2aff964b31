import type { MetadataRoute } from "next";

import { LOCALES, type Locale } from "../i18n/locale";
import {
  aboutPath,
  changesPath,
  chartPath,
  figuresPath,
  homePath,
  observersPath,
  regionPath,
  sourcesPath,
  turnoutChecksPath,
} from "../site";

/** A page of the site, as its address in each language. */
export type PageIn = (locale: Locale) => string;

/**
 * Every page a reader can land on, in reading order: the dashboard, each chart, each region, then the
 * pages about the figures. Views of a chart (a query) and embeds are left out: each chart page is the
 * canonical address of its views, and an embed is the same chart without the site around it.
 */
export function sitePages(chartIds: readonly string[], unitIds: readonly string[]): PageIn[] {
  return [
    homePath,
    ...chartIds.map(
      (id): PageIn =>
        (l) =>
          chartPath(l, id),
    ),
    ...unitIds.map(
      (id): PageIn =>
        (l) =>
          regionPath(l, id),
    ),
    (l) => figuresPath(l),
    (l) => observersPath(l),
    turnoutChecksPath,
    (l) => sourcesPath(l),
    changesPath,
    (l) => aboutPath(l),
  ];
}

/** One entry per page and language, each naming the page in the other two (hreflang). */
export function toSitemap(origin: string, pages: readonly PageIn[]): MetadataRoute.Sitemap {
  return pages.flatMap((pageIn) => {
    const languages = Object.fromEntries(LOCALES.map((l) => [l, `${origin}${pageIn(l)}`]));
    return LOCALES.map((l) => ({ url: `${origin}${pageIn(l)}`, alternates: { languages } }));
  });
}
