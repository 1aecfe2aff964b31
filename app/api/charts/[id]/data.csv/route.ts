import type { NextRequest } from "next/server";

import { exportedModel, withChartView } from "@/lib/http/api-route";
import { toChartCsv, toChartCsvFilename } from "@/lib/export/chart-csv";
import { fileResponse } from "@/lib/http/http-cache";
import { parseExportParams } from "@/lib/charts/view/url-codec";

export const dynamic = "force-dynamic";

/** The numbers behind one chart as CSV: full data by default, view=current for the rows as shown. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return withChartView(request, params, (view) => {
    const model = exportedModel(request, view);
    const { bom } = parseExportParams(request.nextUrl.searchParams);
    const body = toChartCsv(model, { bom });
    return fileResponse(request, body, "text/csv; charset=utf-8", toChartCsvFilename(model));
  });
}
