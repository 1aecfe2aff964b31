import { NextResponse } from "next/server";

import { apiError, type ApiError } from "@/lib/http/api-error";
import { listCharts, type ChartList } from "@/lib/charts/model/listing";

export async function GET(): Promise<NextResponse<ChartList | ApiError>> {
  try {
    return NextResponse.json(
      { charts: await listCharts() },
      { headers: { "Cache-Control": "public, max-age=60" } },
    );
  } catch {
    return apiError(503, "The chart data is not available right now.");
  }
}
