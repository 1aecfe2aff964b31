import type { MetadataRoute } from "next";

import { CHART_REGISTRY } from "@/lib/charts/model/registry";
import { TILE_GRID } from "@/lib/charts/model/tile-grid";
import { fetchDashboardData } from "@/lib/data/loader";
import { DATA_LOCALE } from "@/lib/i18n/locale";
import { sitePages, toSitemap } from "@/lib/pages/sitemap";
import { siteUrl } from "@/lib/site";

// Rendered per request: the addresses carry the server's SITE_URL, which the build machine's may not be.
export const dynamic = "force-dynamic";

/** /sitemap.xml: every page in the three languages, for search engines. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const data = await fetchDashboardData({ locale: DATA_LOCALE });
  // A chart the data cannot draw has no page.
  const charts = CHART_REGISTRY.filter((spec) => spec.build(data)).map((spec) => spec.id);
  return toSitemap(siteUrl(), sitePages(charts, Object.keys(TILE_GRID)));
}
