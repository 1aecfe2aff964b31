import type { NextRequest } from "next/server";

import { exportedModel, withChartView } from "@/lib/api-chart";
import { toChartMetadataJson } from "@/lib/chart-citation";
import { toQueryString } from "@/lib/chart-params";
import { fetchSources } from "@/lib/data";
import { fileResponse } from "@/lib/http-cache";
import { chartPath, siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

/** Title, units, status, sources, licence and a ready citation for one chart. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return withChartView(request, params, async (view) => {
    const model = exportedModel(request, view);
    const sources = (await fetchSources()).filter((s) => model.sourceIds.includes(s.id));
    const url = `${siteUrl()}${chartPath(model.id, toQueryString(view.params))}`;
    const body = JSON.stringify(
      toChartMetadataJson(model, sources, url, new Date().toISOString()),
      null,
      2,
    );
    return fileResponse(request, body, "application/json; charset=utf-8");
  });
}
