import type { NextRequest } from "next/server";

import { fetchChartSources } from "@/lib/data/loader";
import { toChartDownloadSet } from "@/lib/export/download-set";
import { toZip } from "@/lib/export/zip";
import { chartMetadataFor, withChartView } from "@/lib/http/api-route";
import { fileResponse } from "@/lib/http/http-cache";

export const dynamic = "force-dynamic";

/** The chart's CSV, its metadata, its data package and a README in one zip. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return withChartView(request, params, async (view) => {
    const { model, meta } = await chartMetadataFor(request, view);
    const set = toChartDownloadSet(model, await fetchChartSources(model, "en"), meta);
    return fileResponse(request, toZip(set.files), "application/zip", set.zipName);
  });
}
