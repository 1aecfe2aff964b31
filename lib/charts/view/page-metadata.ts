import type { Metadata } from "next";

import { toQueryString } from "./url-codec";
import type { ChartView } from "./fetch-view";
import { chartPath, ogImagePath, SITE_NAME, siteUrl } from "../../site";

/** Title, description, canonical URL and link-preview tags for one chart view. */
export function toChartMetadata(view: ChartView): Metadata {
  const query = toQueryString(view.params);
  const status = view.model.status ? ` (${view.model.status.label})` : "";
  const title = `${view.model.title}${status}`;
  const description = view.model.summary;
  const canonical = chartPath(view.model.id, query);
  const image = {
    url: ogImagePath(view.model.id, query),
    width: 1200,
    height: 630,
    alt: `${view.model.title}: ${description}`,
  };
  return {
    metadataBase: new URL(siteUrl()),
    title,
    description,
    alternates: { canonical },
    openGraph: {
      type: "article",
      title,
      description,
      url: canonical,
      siteName: SITE_NAME,
      images: [image],
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

/** The chart whose preview image stands for the site's own pages: the headline result. */
const SITE_PREVIEW_CHART = "kz-2022-results";

/**
 * Link-preview tags for a page that is not one chart (the dashboard, the change log): its title
 * and description, and the headline result's preview image, which says what the site is about.
 */
export function toSitePageMetadata(path: string, title: string, description: string): Metadata {
  const image = {
    url: ogImagePath(SITE_PREVIEW_CHART),
    width: 1200,
    height: 630,
    alt: `${SITE_NAME}: the official result of the 2022 presidential election`,
  };
  return {
    metadataBase: new URL(siteUrl()),
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      type: "website",
      title,
      description,
      url: path,
      siteName: SITE_NAME,
      images: [image],
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}
