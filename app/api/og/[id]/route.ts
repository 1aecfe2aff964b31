import type { NextRequest } from "next/server";

import { withChartView } from "@/lib/http/api-route";
import { toChartImage } from "@/lib/charts/render/svg/chart-image";
import { etagOf, isNotModified } from "@/lib/http/http-cache";

/** A 1200×630 PNG of a chart as a link's view shows it, for link previews. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return withChartView(request, params, (view) => {
    const headers = {
      "Cache-Control": "public, max-age=300, stale-while-revalidate=86400",
      ETag: etagOf(JSON.stringify(view.model)),
    };
    if (isNotModified(request, headers.ETag)) return new Response(null, { status: 304, headers });
    return toChartImage(view.model, headers);
  });
}
