import type { NextRequest } from "next/server";

import { withChartView } from "@/lib/http/api-route";
import { toChartCsvFilename } from "@/lib/export/chart-csv";
import { toChartImage } from "@/lib/charts/render/svg/chart-image";
import { DATA_CACHE_CONTROL } from "@/lib/http/http-cache";

/** The chart as the view shows it, as a 1200×630 PNG file with title and sources drawn in. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return withChartView(request, params, (view) => {
    const filename = toChartCsvFilename(view.model).replace(/\.csv$/, ".png");
    return toChartImage(view.model, {
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": DATA_CACHE_CONTROL,
    });
  });
}
