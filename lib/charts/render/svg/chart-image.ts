import "server-only";

import type { ChartModel } from "../../model/model";
import { fetchChartSources } from "../../../data/loader";
import { toPreviewSvg } from "./preview";
import { toPng } from "./raster";

/** A 1200×630 PNG of a chart as its view shows it: link previews and the PNG download alike. */
export async function toChartImage(
  model: ChartModel,
  headers: Record<string, string>,
): Promise<Response> {
  const sources = await fetchChartSources(model, model.locale);
  const publishers = [...new Set(sources.map((s) => s.publisher))];
  const png = toPng(toPreviewSvg(model, publishers));
  return new Response(png, {
    headers: {
      "Content-Type": "image/png",
      "Content-Length": String(png.byteLength),
      ...headers,
    },
  });
}
