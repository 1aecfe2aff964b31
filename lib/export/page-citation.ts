import "server-only";

import type { ChartView } from "../charts/view/fetch-view";
import { chartCoverage } from "../charts/model/coverage";
import { DEFAULT_CHART_PARAMS, toQueryString } from "../charts/view/url-codec";
import type { DashboardData } from "../data/loader";
import type { Source } from "../data/schemas";
import { dataRevisionDate } from "../revisions/current";
import { changesPath, chartPath, homePath, regionPath, siteUrl } from "../site";
import { toChartCitations, toCitations, type CitationWords, type Citations } from "./citation";
import { siteNameIn } from "../i18n/site-name";
import type { Locale } from "../i18n/locale";
import { translator } from "../i18n/translate";
import { formatDate } from "../format";
import { toChartDatasetJsonLd, toDashboardDatasetJsonLd, toWebPageJsonLd } from "./json-ld";

/** What a page shows to cite it and tells search engines about it. */
export interface PageCitation {
  citations: Citations;
  jsonLd: Record<string, unknown>;
}

/** A page's citation in its language: English keeps APA's own words and date order. */
function citationWords(locale: Locale): CitationWords | undefined {
  if (locale === "en") return undefined;
  const t = translator(locale);
  return {
    dataSet: t("cite.dataSet"),
    compiledFrom: (publishers) => t("cite.compiledFrom", { publishers }),
    date: (year, month, day) =>
      formatDate(
        `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
        locale,
      ),
  };
}

const PRIMARY_KINDS = new Set<Source["kind"]>(["article", "official_result", "official_record"]);

/** A chart view cited as shown: its permalink, and the date of the revision it shows. */
export function toChartPageCitation(
  view: ChartView,
  sources: Source[],
  data: DashboardData,
): PageCitation {
  const { model } = view;
  const home = `${siteUrl()}/`;
  const url = `${siteUrl()}${chartPath(model.locale, model.id, toQueryString(view.params))}`;
  // Downloads of the full data keep only the pinned revision from the view.
  const pinned = toQueryString({ ...DEFAULT_CHART_PARAMS, asOf: view.params.asOf });
  const api = `${siteUrl()}/api/charts/${encodeURIComponent(model.id)}`;
  const revisionDate = model.status?.asOf ?? dataRevisionDate(data);
  return {
    citations: toChartCitations(
      model,
      sources,
      url,
      revisionDate,
      siteNameIn(model.locale),
      citationWords(model.locale),
    ),
    jsonLd: toChartDatasetJsonLd(
      model,
      sources,
      revisionDate,
      {
        url,
        home,
        csv: `${api}/data.csv${pinned}`,
        datapackage: `${api}/datapackage.json${pinned}`,
        zip: `${api}/download.zip${pinned}`,
      },
      chartCoverage(model, data),
    ),
  };
}

/** The dashboard cited as a whole, dated by its newest revision. */
export function toDashboardCitation(
  data: DashboardData,
  page: { title: string; description: string; charts: { id: string; title: string }[] },
): PageCitation {
  const home = `${siteUrl()}${homePath(data.locale)}`;
  const revisionDate = dataRevisionDate(data);
  const article = data.sources.find((s) => s.id === data.figuresSourceId);
  const dates = data.elections.map((e) => e.meta.electionDate).sort();
  return {
    citations: toCitations({
      id: "dashboard",
      title: page.title,
      url: home,
      revisionDate,
      // The article and the official records; the thirty-odd press publishers are in the sources list.
      publishers: data.sources.filter((s) => PRIMARY_KINDS.has(s.kind)).map((s) => s.publisher),
      author: siteNameIn(data.locale),
      words: citationWords(data.locale),
    }),
    jsonLd: toDashboardDatasetJsonLd({
      title: page.title,
      description: page.description,
      revisionDate,
      temporalCoverage: dates.length ? `${dates[0]}/${dates.at(-1)}` : "",
      article,
      charts: page.charts.map((c) => ({
        title: c.title,
        url: `${siteUrl()}${chartPath(data.locale, c.id)}`,
      })),
      locale: data.locale,
      links: {
        url: home,
        home,
        csv: `${siteUrl()}/api/figures.csv`,
        datapackage: `${siteUrl()}/api/figures/datapackage.json`,
        zip: `${siteUrl()}/api/figures/download.zip`,
      },
    }),
  };
}

/** The change log's schema.org description, in its language. */
export function toChangesPageJsonLd(locale: Locale): Record<string, unknown> {
  const t = translator(locale);
  return toWebPageJsonLd({
    title: `${t("changes.title")} · ${t("site.name")}`,
    description: t("changes.description"),
    url: `${siteUrl()}${changesPath(locale)}`,
    home: `${siteUrl()}${homePath(locale)}`,
    locale,
  });
}

/** A region's page described for search engines, in its language. */
export function toRegionPageJsonLd(
  unit: { id: string; name: string },
  summary: string,
  locale: Locale,
): Record<string, unknown> {
  const t = translator(locale);
  return toWebPageJsonLd({
    title: t("region.pageTitle", { name: unit.name, site: t("site.name") }),
    description: summary,
    url: `${siteUrl()}${regionPath(locale, unit.id)}`,
    home: `${siteUrl()}${homePath(locale)}`,
    locale,
  });
}
