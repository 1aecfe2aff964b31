import { withDashboardData } from "@/lib/api-route";
import { toFigureExportRows } from "@/lib/figure-export";
import { fileResponse } from "@/lib/http-cache";

export const dynamic = "force-dynamic";

/** The JSON twin of figures.csv. */
export async function GET(request: Request) {
  return withDashboardData((data) =>
    fileResponse(
      request,
      JSON.stringify({ figures: toFigureExportRows(data) }),
      "application/json; charset=utf-8",
    ),
  );
}
