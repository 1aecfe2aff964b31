import "server-only";

import type { NextRequest } from "next/server";

import { apiError } from "./api-error";
import { fetchChartView, type ChartView } from "../charts/view/fetch-view";
import { toChartMetadataJson } from "../export/chart-citation";
import { parseExportParams, toQueryString } from "../charts/view/url-codec";
import { fetchDashboardData, fetchChartSources, type DashboardData } from "../data/loader";
import { DATA_LOCALE, FALLBACK_LOCALE, isLocale, LOCALES, type Locale } from "../i18n/locale";
import { chartPath, siteUrl } from "../site";
import { dataRevisionDate } from "../revisions/current";

/** The language a lang parameter asks for (English without one), or the 400 that says what is wrong. */
export function requestedLocale(request: NextRequest): Locale | Response {
  const { lang } = parseExportParams(request.nextUrl.searchParams);
  if (lang === null) return FALLBACK_LOCALE;
  if (isLocale(lang)) return lang;
  return apiError(
    400,
    `lang must be one of ${LOCALES.join(", ")}; got ${JSON.stringify(lang.slice(0, 40))}.`,
  );
}

/**
 * Loads the chart a route names in the language lang asks for, answering 400 for a bad lang, 404 for
 * an unknown id and 503 when the data is unavailable.
 */
export async function withChartView(
  request: NextRequest,
  params: Promise<{ id: string }>,
  respond: (view: ChartView) => Response | Promise<Response>,
): Promise<Response> {
  const locale = requestedLocale(request);
  if (locale instanceof Response) return locale;
  let view: ChartView | undefined;
  try {
    view = await fetchChartView((await params).id, request.nextUrl.searchParams, locale);
  } catch {
    return apiError(503, "The chart data is not available right now.");
  }
  if (!view)
    return apiError(
      404,
      `No chart with the id "${(await params).id.slice(0, 80)}"; GET /api/charts lists them.`,
    );
  return respond(view);
}

/** With view=current the rows as the view shows them; otherwise the full data (in the pinned revision, if any). */
export function exportedModel(request: NextRequest, view: ChartView) {
  return parseExportParams(request.nextUrl.searchParams).current ? view.model : view.pinned;
}

/** Runs a route with the validated data, answering 503 (without details) when it cannot be served. */
export async function withDashboardData(
  respond: (data: DashboardData) => Response | Promise<Response>,
): Promise<Response> {
  let data: DashboardData;
  try {
    data = await fetchDashboardData({ locale: DATA_LOCALE });
  } catch {
    return apiError(503, "The data is not available right now.");
  }
  return respond(data);
}

/** The exported chart with its metadata and citation, addressed by the view's own permalink. */
export async function chartMetadataFor(request: NextRequest, view: ChartView) {
  const model = exportedModel(request, view);
  // Machine-read files name sources in English in every language (lib/data/loader.ts).
  const sources = await fetchChartSources(model, "en");
  const url = `${siteUrl()}${chartPath(model.locale, model.id, toQueryString(view.params))}`;
  const revisionDate =
    model.status?.asOf ?? dataRevisionDate(await fetchDashboardData({ locale: DATA_LOCALE }));
  return { model, meta: toChartMetadataJson(model, sources, url, revisionDate) };
}
