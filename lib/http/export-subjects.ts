import "server-only";

import { fetchChartView, type ChartView } from "../charts/view/fetch-view";
import { toQueryString } from "../charts/view/url-codec";
import { fetchChartSources, fetchDashboardData, type DashboardData } from "../data/loader";
import { apiError } from "./api-error";
import { DATA_LOCALE } from "../i18n/locale";
import { dataRevisionDate } from "../revisions/current";
import { chartPath, siteUrl } from "../site";
import { toChartMetadataJson, toChartReadme } from "../export/chart-citation";
import { toChartDataJson } from "../export/chart-data";
import { toChartTable } from "../export/chart-table";
import { isCheckTable, toCheckTable } from "../export/checks-table";
import { toElectionTable } from "../export/election-table";
import { toExportable, type Exportable } from "../export/exportable";
import { toFigureList, toFiguresTable } from "../export/figures-table";
import { toObserverTable } from "../export/observers-table";
import {
  chartCsvUrl,
  checkCsvUrl,
  electionCsvUrl,
  figuresCsvUrl,
  observersCsvUrl,
  regionalCsvUrl,
} from "../export/package-paths";
import { toRegionalTable } from "../export/regional-table";
import type { ExportRequest } from "./export-request";

/** A subject's exportable table for one request, or the error response that replaces it. */
type Resolve = (req: ExportRequest, id: string) => Promise<Exportable | Response>;

export async function loadData(
  req: ExportRequest,
  localized = false,
): Promise<DashboardData | Response> {
  try {
    return await fetchDashboardData({ locale: localized ? req.locale : DATA_LOCALE });
  } catch {
    return apiError(503, "The data is not available right now.");
  }
}

async function loadView(id: string, req: ExportRequest, locale = req.locale) {
  let view: ChartView | undefined;
  try {
    view = await fetchChartView(id, req.query, locale);
  } catch {
    return apiError(503, "The chart data is not available right now.");
  }
  return (
    view ?? apiError(404, `No chart with the id "${id.slice(0, 80)}"; GET /api/charts lists them.`)
  );
}

/**
 * A chart's rows as its view asks (view=current: as shown; otherwise the full data of the pinned
 * revision), with the chart's English headers and values; lang adds a label column in that language.
 * The JSON and metadata.json speak the language asked for.
 */
const chart: Resolve = async (req, id) => {
  const view = await loadView(id, req);
  if (view instanceof Response) return view;
  const english = view.model.locale === "en" ? view : await loadView(id, req, "en");
  if (english instanceof Response) return english;
  const pick = (v: ChartView) => (req.current ? v.model : v.pinned);
  const [model, shown] = [pick(english), pick(view)];
  // Machine-read files name sources in English in every language (lib/data/loader.ts).
  const sources = await fetchChartSources(model, "en");
  const url = `${siteUrl()}${chartPath(shown.locale, shown.id, toQueryString(view.params))}`;
  const revisionDate =
    shown.status?.asOf ?? dataRevisionDate(await fetchDashboardData({ locale: DATA_LOCALE }));
  const meta = toChartMetadataJson(shown, sources, url, revisionDate);
  const table = toChartTable(model, sources, req.lang ? shown : undefined);
  return toExportable(table, {
    packagePath: chartCsvUrl(model.id, view.params, req.current, req.lang),
    homepage: url,
    json: () => toChartDataJson(shown),
    metadata: () => meta,
    zipExtra: { "metadata.json": JSON.stringify(meta, null, 2) },
    readme: toChartReadme(model, meta, table.fileName),
  });
};

const figures: Resolve = async (req) => {
  const data = await loadData(req);
  if (data instanceof Response) return data;
  return toExportable(toFiguresTable(data), {
    packagePath: figuresCsvUrl(),
    homepage: `${siteUrl()}/`,
    json: () => toFigureList(data),
  });
};

/** One revision of an election's results: asOf picks it, the newest without one. */
const election: Resolve = async (req, id) => {
  const data = await loadData(req);
  if (data instanceof Response) return data;
  const e = data.elections.find((x) => x.meta.id === id);
  if (!e) return apiError(404, `No election with the id "${id.slice(0, 80)}".`);
  const revision = req.asOf ? e.revisions.find((r) => r.id === req.asOf) : e.revisions.at(-1);
  if (!revision)
    return apiError(
      404,
      `No revision "${(req.asOf ?? "").slice(0, 80)}" of ${id}; it has ${e.revisions.map((r) => r.id).join(", ")}.`,
    );
  return toExportable(toElectionTable(e, revision, data, req.locale), {
    packagePath: electionCsvUrl(id, revision.id, req.lang),
    homepage: `${siteUrl()}/`,
  });
};

const regions: Resolve = async (req) => {
  const data = await loadData(req);
  if (data instanceof Response) return data;
  return toExportable(toRegionalTable(data, req.locale), {
    packagePath: regionalCsvUrl(req.lang),
    homepage: `${siteUrl()}/`,
  });
};

const checks: Resolve = async (req, id) => {
  if (!isCheckTable(id))
    return apiError(
      404,
      `No check table "${id.slice(0, 80)}"; the page /en/checks/turnout links them.`,
    );
  const data = await loadData(req);
  if (data instanceof Response) return data;
  return toExportable(toCheckTable(id, data, req.locale), {
    packagePath: checkCsvUrl(id, req.lang),
    homepage: `${siteUrl()}/${req.locale}/checks/turnout`,
  });
};

/** The verdicts and replies are in the loader's copy of the language asked for. */
const observers: Resolve = async (req) => {
  const data = await loadData(req, true);
  if (data instanceof Response) return data;
  return toExportable(toObserverTable(data, req.locale), {
    packagePath: observersCsvUrl(req.lang),
    homepage: `${siteUrl()}/${req.locale}/observers`,
  });
};

export const SUBJECTS = { chart, figures, election, regions, checks, observers };
export type Subject = keyof typeof SUBJECTS;
