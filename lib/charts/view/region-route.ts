import "server-only";

import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { applyView } from "./apply-view";
import { DEFAULT_CHART_PARAMS, toQueryString, type ChartParams } from "./url-codec";
import { intradayChart } from "../model/turnout-charts";
import { toRegionProfile } from "../model/region-profile";
import { fetchDashboardData } from "../../data/loader";
import { chartPath, ogImagePath, regionPath, SITE_NAME, siteUrl } from "../../site";

/** The props Next gives /regions/[id]. */
export type RegionRouteProps = { params: Promise<{ id: string }> };

/** Everything a region's page shows; an id that is not one of the 20 units ends in not-found. */
export async function fetchRegionRoute({ params }: RegionRouteProps) {
  const { id } = await params;
  const data = await fetchDashboardData();
  const profile = toRegionProfile(data, id);
  const full = intradayChart(data);
  if (!profile || !full) notFound();
  // The day's curve as the turnout chart's own view: the country and this unit, lit. Its downloads,
  // permalink and preview are that chart's, with nothing to build twice.
  const curveParams: ChartParams = { ...DEFAULT_CHART_PARAMS, show: [id], highlight: id };
  const curve = {
    ...applyView(full, curveParams),
    title: `Turnout in ${profile.unit.name} and in the country, 2022`,
  };
  const sourceIds = new Set(profile.releases.flatMap((r) => r.sourceIds));
  return {
    profile,
    curve,
    curveParams,
    permalink: chartPath(full.id, toQueryString(curveParams)),
    sources: data.sources.filter((s) => sourceIds.has(s.id)),
    others: full.series.filter((s) => s.muted).map((s) => ({ id: s.key, name: s.label })),
  };
}

export async function regionRouteMetadata({ params }: RegionRouteProps): Promise<Metadata> {
  const { id } = await params;
  const profile = toRegionProfile(await fetchDashboardData(), id);
  if (!profile) return { title: "Region not found" };
  const title = `${profile.unit.name}: turnout through election day, 2022 · ${SITE_NAME}`;
  const image = ogImagePath(
    "kz-2022-turnout-intraday",
    toQueryString({ ...DEFAULT_CHART_PARAMS, show: [id], highlight: id }),
  );
  return {
    metadataBase: new URL(siteUrl()),
    title,
    description: profile.summary,
    alternates: { canonical: regionPath(id) },
    openGraph: { type: "article", title, description: profile.summary, images: [image] },
    twitter: { card: "summary_large_image", title, images: [image] },
  };
}
