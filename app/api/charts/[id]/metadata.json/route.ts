import type { NextRequest } from "next/server";

import { chartMetadataFor, withChartView } from "@/lib/http/api-route";
import { fileResponse } from "@/lib/http/http-cache";

export const dynamic = "force-dynamic";

/** Title, units, status, sources, licence and a ready citation for one chart. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return withChartView(request, params, async (view) => {
    const { meta } = await chartMetadataFor(request, view);
    return fileResponse(request, JSON.stringify(meta, null, 2), "application/json; charset=utf-8");
  });
}
