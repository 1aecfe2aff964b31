import type { NextRequest } from "next/server";

import { withChartView } from "@/lib/http/api-route";
import { toChartCsvFilename } from "@/lib/export/chart-csv";
import { toChartSvg } from "@/lib/charts/render/svg";
import { fetchChartSources } from "@/lib/data/loader";
import { fileResponse } from "@/lib/http/http-cache";

export const dynamic = "force-dynamic";

/** The chart as the view shows it, as an SVG file with title and sources drawn in. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return withChartView(request, params, async (view) => {
    const sources = await fetchChartSources(view.model, view.model.locale);
    const publishers = [...new Set(sources.map((s) => s.publisher))].join(", ");
    const svg = toChartSvg(view.model, publishers);
    return fileResponse(
      request,
      svg,
      "image/svg+xml; charset=utf-8",
      toChartCsvFilename(view.model).replace(/\.csv$/, ".svg"),
    );
  });
}
