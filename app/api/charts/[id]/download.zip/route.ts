import { strToU8, zipSync } from "fflate";
import type { NextRequest } from "next/server";

import { exportedModel, withChartView } from "@/lib/api-chart";
import { toChartMetadataJson, toChartReadme } from "@/lib/chart-citation";
import { toChartCsv, toChartCsvFilename } from "@/lib/chart-csv";
import { toQueryString } from "@/lib/chart-params";
import { fetchSources } from "@/lib/data";
import { fileResponse } from "@/lib/http-cache";
import { chartPath, siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

/** The chart's CSV, its metadata and a README in one zip. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return withChartView(request, params, async (view) => {
    const model = exportedModel(request, view);
    const sources = (await fetchSources()).filter((s) => model.sourceIds.includes(s.id));
    const url = `${siteUrl()}${chartPath(model.id, toQueryString(view.params))}`;
    const meta = toChartMetadataJson(model, sources, url, new Date().toISOString());
    const csvName = toChartCsvFilename(model);
    // A fixed timestamp keeps the archive byte-identical for identical data, so its ETag is stable.
    const mtime = new Date("2023-01-01T00:00:00Z");
    const zip = zipSync(
      {
        [csvName]: [strToU8(toChartCsv(model)), { mtime }],
        "metadata.json": [strToU8(JSON.stringify(meta, null, 2)), { mtime }],
        "README.txt": [strToU8(toChartReadme(model, meta, csvName)), { mtime }],
      },
      { level: 6 },
    );
    return fileResponse(
      request,
      new Uint8Array(zip),
      "application/zip",
      csvName.replace(/\.csv$/, ".zip"),
    );
  });
}
