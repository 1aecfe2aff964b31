import "server-only";

import type { NextRequest } from "next/server";

import { apiError } from "./api-error";
import { fetchChartView, type ChartView } from "../charts/view/fetch-view";
import { toExportRequest } from "./export-request";
import { fetchDashboardData, type DashboardData } from "../data/loader";
import { DATA_LOCALE, type Locale } from "../i18n/locale";

/** The language a lang parameter asks for (English without one), or the 400 that says what is wrong. */
export function requestedLocale(request: NextRequest): Locale | Response {
  const req = toExportRequest(request);
  return req instanceof Response ? req : req.locale;
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
