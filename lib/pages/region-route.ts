import "server-only";

import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { applyView } from "../charts/view/apply-view";
import { DEFAULT_CHART_PARAMS, toQueryString, type ChartParams } from "../charts/view/url-codec";
import { findChartSpec } from "../charts/model/registry";
import { toRegionProfile } from "../charts/model/region-profile";
import { toRegionVotes } from "../charts/model/region-votes";
import { localeAlternates, ogLocales, previewImage } from "./page-metadata";
import { fetchDashboardData } from "../data/loader";
import { formerNamesOf } from "../data/name-on";
import { findingsNaming, turnoutFindings } from "../data/observers";
import { LOCALES, toLocale } from "../i18n/locale";
import { translator } from "../i18n/translate";
import { resolveText, textContext } from "../text/resolve-text";
import { chartPath, ogImagePath, regionPath, siteUrl } from "../site";

/** The props Next gives /[locale]/regions/[id]. */
export type RegionRouteProps = { params: Promise<{ locale: string; id: string }> };

/** Everything a region's page shows; an id that is not one of the 20 units ends in not-found. */
export async function fetchRegionRoute({ params }: RegionRouteProps) {
  const { id, locale: raw } = await params;
  const locale = toLocale(raw);
  const t = translator(locale);
  const data = await fetchDashboardData({ locale });
  const profile = toRegionProfile(data, id);
  const full = findChartSpec("kz-2022-turnout-intraday")?.build(data);
  if (!profile || !full) notFound();
  const text = textContext(data);
  // The day's curve as the turnout chart's own view: the country and this unit, lit. Its downloads,
  // permalink and preview are that chart's, with nothing to build twice.
  const curveParams: ChartParams = { ...DEFAULT_CHART_PARAMS, show: [id], highlight: id };
  const curve = {
    ...applyView(full, curveParams),
    title: t("region.curveTitle", { name: resolveText(profile.unit.name, text) }),
  };
  const votes = toRegionVotes(data, id);
  const sourceIds = new Set([
    ...profile.releases.flatMap((r) => r.sourceIds),
    ...(votes?.rows.flatMap((r) => r.sourceIds) ?? []),
    ...(votes?.lineageSourceIds ?? []),
  ]);
  return {
    profile,
    votes,
    text,
    curve,
    curveParams,
    locale,
    permalink: chartPath(locale, full.id, toQueryString(curveParams)),
    sources: data.sources.filter((s) => sourceIds.has(s.id)),
    formerly: formerNamesOf(data.names, id),
    // Beside the turnout rows: the missions' word on those figures, and any finding naming the unit.
    observers: {
      turnout: turnoutFindings(data.observers, votes?.rows.map((r) => r.voteId) ?? []),
      naming: findingsNaming(data.observers, id),
      sources: data.sources,
    },
    others: full.series.filter((s) => s.muted).map((s) => ({ id: s.key, name: s.label })),
    // The unit's name in the other two languages, as those pages write it (the page's JSON-LD).
    alternateNames: await Promise.all(
      LOCALES.filter((l) => l !== locale).map(async (l) =>
        resolveText(profile.unit.name, textContext(await fetchDashboardData({ locale: l }))),
      ),
    ),
  };
}

export async function regionRouteMetadata({ params }: RegionRouteProps): Promise<Metadata> {
  const { id, locale: raw } = await params;
  const locale = toLocale(raw);
  const t = translator(locale);
  const data = await fetchDashboardData({ locale });
  const profile = toRegionProfile(data, id);
  if (!profile) return {};
  const text = textContext(data);
  const description = resolveText(profile.summary, text);
  const title = t("region.pageTitle", {
    name: resolveText(profile.unit.name, text),
    site: t("site.name"),
  });
  // The day's curve with this unit picked out: the preview leads with the unit's figure, named.
  const image = previewImage(
    ogImagePath(
      locale,
      "kz-2022-turnout-intraday",
      toQueryString({ ...DEFAULT_CHART_PARAMS, show: [id], highlight: id }),
    ),
    `${resolveText(profile.unit.name, text)}: ${description}`,
  );
  return {
    metadataBase: new URL(siteUrl()),
    title,
    description,
    alternates: localeAlternates(locale, (l) => regionPath(l, id), `/regions/${id}`),
    openGraph: {
      type: "article",
      title,
      description,
      url: regionPath(locale, id),
      siteName: t("site.name"),
      ...ogLocales(locale),
      images: [image],
    },
    twitter: { card: "summary_large_image", title, images: [image] },
  };
}
