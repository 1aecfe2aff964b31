import type { NextRequest } from "next/server";

import { exportedModel, withChartView } from "@/lib/http/api-route";
import { toChartDataJson } from "@/lib/export/chart-data";
import { fileResponse } from "@/lib/http/http-cache";

export const dynamic = "force-dynamic";

/** The JSON twin of data.csv: the same rows and columns, numbers as numbers. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return withChartView(request, params, (view) => {
    const body = JSON.stringify(toChartDataJson(exportedModel(request, view)));
    return fileResponse(request, body, "application/json; charset=utf-8");
  });
}
