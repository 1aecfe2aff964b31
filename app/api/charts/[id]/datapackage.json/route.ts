import type { NextRequest } from "next/server";

import { toChartDataPackage } from "@/lib/export/datapackage";
import { fetchChartSources } from "@/lib/data/loader";
import { chartMetadataFor, withChartView } from "@/lib/http/api-route";
import { fileResponse } from "@/lib/http/http-cache";
import { chartCsvPath } from "@/lib/http/package-paths";
import { parseExportParams } from "@/lib/charts/view/url-codec";

export const dynamic = "force-dynamic";

/** data.csv with the same query, described as a Frictionless Data Package. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return withChartView(request, params, async (view) => {
    // The same model data.csv exports for this query, so the descriptor matches the file it names.
    const { model, meta } = await chartMetadataFor(request, view);
    const pkg = toChartDataPackage(model, await fetchChartSources(model, "en"), {
      path: chartCsvPath(
        model.id,
        view.params,
        parseExportParams(request.nextUrl.searchParams).current,
      ),
      homepage: meta.url,
    });
    return fileResponse(request, JSON.stringify(pkg, null, 2), "application/json; charset=utf-8");
  });
}
