import type { NextRequest } from "next/server";

import { withChartView } from "@/lib/http/api-route";
import { toChartCsvFilename } from "@/lib/export/chart-csv";
import { renderChartSvg } from "@/lib/charts/render/svg/chart";
import { withEmbeddedFont } from "@/lib/charts/render/svg/embedded-font";
import { toChartSvg } from "@/lib/charts/render/svg/file";
import { parseImageParams } from "@/lib/charts/render/svg/params";
import { fetchChartSources } from "@/lib/data/loader";
import { fileResponse } from "@/lib/http/http-cache";

/** The width of the page's chart when a request with palette=page names none. */
const PAGE_WIDTH = 640;

/**
 * The chart as the view shows it, as an SVG: a file with title and sources drawn in, or with
 * palette=page the chart alone in the page's box (w × h) and colours, as the page's <img> shows it.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return withChartView(request, params, async (view) => {
    const image = parseImageParams(request.nextUrl.searchParams);
    // A file name either way, so "Save image" gets a sensible one; the page's picture is shown
    // inline, so opening its address shows the drawing rather than saving it.
    const filename = toChartCsvFilename(view.model).replace(/\.csv$/, ".svg");
    if (image.palette === "page") {
      const svg = await withEmbeddedFont(
        renderChartSvg(view.model, {
          width: image.width ?? PAGE_WIDTH,
          height: image.height ?? view.model.height,
          palette: "page",
          theme: image.theme,
        }),
      );
      return fileResponse(request, svg, "image/svg+xml; charset=utf-8", filename, "inline");
    }
    const sources = await fetchChartSources(view.model, view.model.locale);
    const publishers = [...new Set(sources.map((s) => s.publisher))].join(", ");
    return fileResponse(
      request,
      toChartSvg(view.model, publishers, { width: image.width }),
      "image/svg+xml; charset=utf-8",
      filename,
    );
  });
}
