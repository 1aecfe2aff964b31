import { withDashboardData } from "@/lib/http/api-route";
import { toFigureList } from "@/lib/export/figures-csv";
import { fileResponse } from "@/lib/http/http-cache";

export const dynamic = "force-dynamic";

/** The JSON twin of figures.csv. */
export async function GET(request: Request) {
  return withDashboardData((data) =>
    fileResponse(request, JSON.stringify(toFigureList(data)), "application/json; charset=utf-8"),
  );
}
