import { createHash } from "node:crypto";

import { ImageResponse } from "next/og";
import type { NextRequest } from "next/server";

import { OgImage } from "@/components/charts/og-image";
import { apiError } from "@/lib/api-error";
import { fetchChartView } from "@/lib/chart-view";
import { fetchSources } from "@/lib/data";

export const dynamic = "force-dynamic";

/** A 1200×630 PNG of a chart as a link's view shows it, for link previews. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  let view;
  try {
    view = await fetchChartView((await params).id, request.nextUrl.searchParams);
  } catch {
    return apiError(503, "The chart data is not available right now.");
  }
  if (!view) return apiError(404, "No chart with this id; GET /api/charts lists them.");
  const etag = `"${createHash("sha256").update(JSON.stringify(view.model)).digest("base64url").slice(0, 27)}"`;
  const cache = {
    "Cache-Control": "public, max-age=300, stale-while-revalidate=86400",
    ETag: etag,
  };
  if (request.headers.get("if-none-match") === etag)
    return new Response(null, { status: 304, headers: cache });
  const sources = (await fetchSources()).filter((s) => view.model.sourceIds.includes(s.id));
  return new ImageResponse(<OgImage model={view.model} sources={sources} />, {
    width: 1200,
    height: 630,
    headers: cache,
  });
}
