import { withDashboardData } from "@/lib/http/api-route";
import { toCsv } from "@/lib/export/csv";
import { FIGURE_CSV_COLUMNS, toFigureExportRows } from "@/lib/export/figures-csv";
import { fileResponse } from "@/lib/http/http-cache";
import { parseExportParams } from "@/lib/charts/view/url-codec";

export const dynamic = "force-dynamic";

/** Every figure, the article's and the derived ones, one row each. */
export async function GET(request: Request) {
  return withDashboardData((data) => {
    const { bom } = parseExportParams(new URL(request.url).searchParams);
    const body = toCsv(toFigureExportRows(data), FIGURE_CSV_COLUMNS, { bom });
    return fileResponse(request, body, "text/csv; charset=utf-8", "kz-2022-figures.csv");
  });
}
