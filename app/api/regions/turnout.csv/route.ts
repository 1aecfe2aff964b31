import type { NextRequest } from "next/server";

import { serveExport } from "@/lib/http/serve-export";

export const dynamic = "force-dynamic";

/**
 * Turnout by region and city at every vote, one row per vote, release, unit and measure; lang picks
 * the language of the unit_name column.
 */
export function GET(request: NextRequest) {
  return serveExport(request, "regions", "csv");
}
