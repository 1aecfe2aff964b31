import { withDashboardData } from "@/lib/api-route";
import { toCsv } from "@/lib/csv";
import { FIGURE_CSV_COLUMNS, toFigureExportRows } from "@/lib/figure-export";
import { fileResponse } from "@/lib/http-cache";

export const dynamic = "force-dynamic";

/** Every figure, the article's and the derived ones, one row each. */
export async function GET(request: Request) {
  return withDashboardData((data) => {
    const bom = new URL(request.url).searchParams.get("bom") !== "0";
    const body = toCsv(toFigureExportRows(data), FIGURE_CSV_COLUMNS, { bom });
    return fileResponse(request, body, "text/csv; charset=utf-8", "kz-2022-figures.csv");
  });
}
