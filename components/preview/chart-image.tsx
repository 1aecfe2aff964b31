import "server-only";

import { ImageResponse } from "next/og";

import { OgImage } from "@/components/preview/og-image";

import type { ChartModel } from "../../lib/charts/model/model";
import { fetchChartSources } from "../../lib/data/loader";

/** A 1200×630 PNG of a chart as its view shows it: link previews and the PNG download alike. */
export async function toChartImage(
  model: ChartModel,
  headers: Record<string, string>,
): Promise<ImageResponse> {
  const sources = await fetchChartSources(model, model.locale);
  return new ImageResponse(<OgImage model={model} sources={sources} />, {
    width: 1200,
    height: 630,
    headers,
  });
}
