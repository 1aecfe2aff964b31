import { apiError } from "@/lib/api-error";
import { fetchDashboardData } from "@/lib/data";
import { toFigureExportRows } from "@/lib/figure-export";
import { fileResponse } from "@/lib/http-cache";

export const dynamic = "force-dynamic";

/** The JSON twin of figures.csv. */
export async function GET(request: Request) {
  try {
    const data = await fetchDashboardData();
    return fileResponse(
      request,
      JSON.stringify({ figures: toFigureExportRows(data) }),
      "application/json; charset=utf-8",
    );
  } catch {
    return apiError(503, "The figures are not available right now.");
  }
}
