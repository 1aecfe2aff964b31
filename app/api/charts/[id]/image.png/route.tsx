import { ImageResponse } from "next/og";
import type { NextRequest } from "next/server";

import { OgImage } from "@/components/charts/og-image";
import { withChartView } from "@/lib/api-route";
import { toChartCsvFilename } from "@/lib/chart-csv";
import { fetchSources } from "@/lib/data";
import { DATA_CACHE_CONTROL } from "@/lib/http-cache";

export const dynamic = "force-dynamic";

/** The chart as the view shows it, as a 1200×630 PNG file with title and sources drawn in. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return withChartView(request, params, async (view) => {
    const sources = (await fetchSources()).filter((s) => view.model.sourceIds.includes(s.id));
    const filename = toChartCsvFilename(view.model).replace(/\.csv$/, ".png");
    return new ImageResponse(<OgImage model={view.model} sources={sources} />, {
      width: 1200,
      height: 630,
      headers: {
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": DATA_CACHE_CONTROL,
      },
    });
  });
}
