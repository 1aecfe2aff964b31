import "server-only";

import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { toChartMetadata } from "./page-metadata";
import { fetchChartView } from "./fetch-view";
import { fetchDashboardData } from "../../data/loader";

/** The props Next gives /charts/[id] and /embed/[id]. */
export type ChartRouteProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Title, description and link previews for a chart route, or a not-found title. */
export async function chartRouteMetadata(
  { params, searchParams }: ChartRouteProps,
  extra: Metadata = {},
): Promise<Metadata> {
  const view = await fetchChartView((await params).id, await searchParams);
  return view ? { ...toChartMetadata(view), ...extra } : { title: "Chart not found" };
}

/** The chart a route names with its view and sources; an unknown id ends in the route's not-found page. */
export async function fetchChartRoute({ params, searchParams }: ChartRouteProps) {
  const [view, data] = await Promise.all([
    fetchChartView((await params).id, await searchParams),
    fetchDashboardData(),
  ]);
  if (!view) notFound();
  const sources = view.model.sourceIds.flatMap((id) => data.sources.filter((s) => s.id === id));
  return { view, sources, data };
}
