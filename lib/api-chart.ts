import "server-only";

import type { NextRequest } from "next/server";

import { apiError } from "./api-error";
import { fetchChartView, type ChartView } from "./chart-view";

/** Loads the chart a route names, answering 404 for an unknown id and 503 when the data is unavailable. */
export async function withChartView(
  request: NextRequest,
  params: Promise<{ id: string }>,
  respond: (view: ChartView) => Response | Promise<Response>,
): Promise<Response> {
  let view: ChartView | undefined;
  try {
    view = await fetchChartView((await params).id, request.nextUrl.searchParams);
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
  return request.nextUrl.searchParams.get("view") === "current" ? view.model : view.base;
}
