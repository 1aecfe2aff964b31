import "server-only";

import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { toChartMetadata } from "./page-metadata";
import { fetchChartViewByKey } from "../charts/view/fetch-view";
import { citedSources } from "../charts/model/cited-sources";
import { CHART_REGISTRY } from "../charts/model/registry";
import { fetchDashboardData } from "../data/loader";
import { localeParams, toLocale } from "../i18n/locale";

/**
 * The props Next gives /charts/[id] and /embed/[id] (the default view) and their /view/[key] pages
 * (any other view: proxy.ts rewrites a query string to its key). No searchParams: a page that read
 * them could not be cached.
 */
export type ChartRouteProps = { params: Promise<{ locale: string; id: string; key?: string }> };

/** Title, description and link previews for a chart route, or a not-found title. */
export async function chartRouteMetadata(
  { params }: ChartRouteProps,
  extra: Metadata = {},
): Promise<Metadata> {
  const { locale, id, key } = await params;
  const view = await fetchChartViewByKey(id, key, toLocale(locale));
  return view ? { ...toChartMetadata(view, extra) } : {};
}

/** The chart a route names with its view and sources; an unknown id ends in the route's not-found page. */
export async function fetchChartRoute({ params }: ChartRouteProps) {
  const { id, key, locale: raw } = await params;
  const locale = toLocale(raw);
  const [view, data] = await Promise.all([
    fetchChartViewByKey(id, key, locale),
    fetchDashboardData({ locale }),
  ]);
  if (!view) notFound();
  const sources = citedSources(view.model, data.sources);
  return { view, sources, data };
}

/** Every chart id in every language, for generateStaticParams: each chart's default view is prerendered. */
export function chartIdParams(): { locale: string; id: string }[] {
  return localeParams().flatMap(({ locale }) =>
    CHART_REGISTRY.map((spec) => ({ locale, id: spec.id })),
  );
}
