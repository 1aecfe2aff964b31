import { strToU8, zipSync } from "fflate";
import type { NextRequest } from "next/server";

import { chartMetadataFor, withChartView } from "@/lib/http/api-route";
import { toChartReadme } from "@/lib/export/chart-citation";
import { toChartCsv, toChartCsvFilename } from "@/lib/export/chart-csv";
import { fileResponse } from "@/lib/http/http-cache";

export const dynamic = "force-dynamic";

/** The chart's CSV, its metadata and a README in one zip. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return withChartView(request, params, async (view) => {
    const { model, meta } = await chartMetadataFor(request, view);
    const csvName = toChartCsvFilename(model);
    // Fixed entry times keep the archive identical for identical content (the citation names the day).
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
