import type { NextRequest } from "next/server";

import { exportedModel, withChartView } from "@/lib/http/api-route";
import { toChartCsv, toChartCsvFilename } from "@/lib/export/chart-csv";
import { fileResponse } from "@/lib/http/http-cache";
import { parseExportParams } from "@/lib/charts/view/url-codec";
import { fetchChartView } from "@/lib/charts/view/fetch-view";
import { apiError } from "@/lib/http/api-error";

export const dynamic = "force-dynamic";

/**
 * The numbers behind one chart as CSV: full data by default, view=current for the rows as shown.
 * Headers and values are the same in every language, so a script reads any of them alike; lang adds
 * a label column naming each row in that language.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return withChartView(request, params, async (view) => {
    const { bom, lang } = parseExportParams(request.nextUrl.searchParams);
    const english =
      view.model.locale === "en"
        ? view
        : await fetchChartView(view.model.id, request.nextUrl.searchParams, "en");
    if (!english) return apiError(404, `No chart with the id "${view.model.id}".`);
    const model = exportedModel(request, english);
    const labels = lang === null ? undefined : exportedModel(request, view);
    const body = toChartCsv(model, { bom, labels });
    return fileResponse(
      request,
      body,
      "text/csv; charset=utf-8",
      toChartCsvFilename(model, lang === null ? null : view.model.locale),
    );
  });
}
