import type { Metadata } from "next";

import { toQueryString } from "../charts/view/url-codec";
import type { ChartView } from "../charts/view/fetch-view";
import { LOCALES, toLocale, type Locale } from "../i18n/locale";
import { translator, type MessageKey } from "../i18n/translate";
import { chartPath, ogImagePath, siteUrl } from "../site";

/** Open Graph's names of the three languages. */
// Russian as written in Kazakhstan, for its readers there.
const OG_LOCALE: Record<Locale, string> = { kk: "kk_KZ", ru: "ru_KZ", en: "en_US" };

/** og:locale for the page's language and og:locale:alternate for the other two. */
export function ogLocales(locale: Locale): { locale: string; alternateLocale: string[] } {
  return {
    locale: OG_LOCALE[locale],
    alternateLocale: LOCALES.filter((l) => l !== locale).map((l) => OG_LOCALE[l]),
  };
}

/**
 * The page's address in its language, and the same page in the other two (hreflang). x-default is
 * the unprefixed address, which sends a reader to the language their browser asks for (proxy.ts).
 */
export function localeAlternates(
  locale: Locale,
  pathIn: (l: Locale) => string,
  unprefixed: string,
): NonNullable<Metadata["alternates"]> {
  return {
    canonical: pathIn(locale),
    languages: {
      ...Object.fromEntries(LOCALES.map((l) => [l, pathIn(l)])),
      "x-default": unprefixed,
    },
  };
}

/** A 1200×630 preview image with the text a reader who cannot see it is given. */
export function previewImage(url: string, alt: string) {
  return { url, width: 1200, height: 630, alt };
}

/** Title, description, canonical URL, languages and link-preview tags for one chart view. */
export function toChartMetadata(view: ChartView, extra: Metadata = {}): Metadata {
  const { locale } = view.model;
  const t = translator(locale);
  const query = toQueryString(view.params);
  const status = view.model.status ? ` (${view.model.status.label})` : "";
  const title = `${view.model.title}${status}`;
  const description = view.model.summary;
  const canonical = chartPath(locale, view.model.id, query);
  const alternates = localeAlternates(
    locale,
    (l) => chartPath(l, view.model.id, query),
    `/charts/${encodeURIComponent(view.model.id)}${query}`,
  );
  const image = previewImage(
    ogImagePath(locale, view.model.id, query),
    `${view.model.title}: ${description}`,
  );
  return {
    metadataBase: new URL(siteUrl()),
    title,
    description,
    alternates,
    openGraph: {
      type: "article",
      title,
      description,
      url: canonical,
      siteName: t("site.name"),
      ...ogLocales(locale),
      images: [image],
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
    ...extra,
  };
}

/** The chart whose preview image stands for the site's own pages: the headline result. */
const SITE_PREVIEW_CHART = "kz-2022-results";

/**
 * Link-preview tags for a page that is not one chart (the dashboard, the change log): its title
 * and description, and the headline result's preview image, which says what the site is about.
 */
export function toSitePageMetadata(
  locale: Locale,
  pathIn: (l: Locale) => string,
  unprefixed: string,
  title: string,
  description: string,
): Metadata {
  const t = translator(locale);
  const alternates = localeAlternates(locale, pathIn, unprefixed);
  const image = previewImage(
    ogImagePath(locale, SITE_PREVIEW_CHART),
    t("site.previewAlt", { site: t("site.name") }),
  );
  return {
    metadataBase: new URL(siteUrl()),
    title,
    description,
    alternates,
    openGraph: {
      type: "website",
      title,
      description,
      url: pathIn(locale),
      siteName: t("site.name"),
      ...ogLocales(locale),
      images: [image],
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

/** A site page's generateMetadata: its title and description are catalogue keys. */
export function sitePageMetadata(
  pathIn: (l: Locale) => string,
  unprefixed: string,
  keys: { title: MessageKey; description: MessageKey },
  /** An Atom feed of the page, linked as its alternate in that media type. */
  feedIn?: (l: Locale) => string,
) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const locale = toLocale((await params).locale);
    const t = translator(locale);
    const title = `${t(keys.title)} · ${t("site.name")}`;
    const metadata = toSitePageMetadata(locale, pathIn, unprefixed, title, t(keys.description));
    if (!feedIn) return metadata;
    const types = { "application/atom+xml": feedIn(locale) };
    return { ...metadata, alternates: { ...metadata.alternates, types } };
  };
}
