import type { NextRequest } from "next/server";

import { apiError } from "@/lib/api-error";
import { toChartCsv, toChartCsvFilename } from "@/lib/chart-csv";
import { fetchChartView } from "@/lib/chart-view";

export const dynamic = "force-dynamic";

/** The numbers behind one chart: the full data by default, or with view=current the rows as the view shows them. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const search = request.nextUrl.searchParams;
  let view;
  try {
    view = await fetchChartView((await params).id, search);
  } catch {
    return apiError(503, "The chart data is not available right now.");
  }
  if (!view) return apiError(404, "No chart with this id; GET /api/charts lists them.");
  const model = search.get("view") === "current" ? view.model : view.base;
  const body = toChartCsv(model, { bom: search.get("bom") !== "0" });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${toChartCsvFilename(model)}"`,
      "Cache-Control": "public, max-age=60",
    },
  });
}
