import type { NextRequest } from "next/server";

import { serveExport } from "@/lib/http/serve-export";

export const dynamic = "force-dynamic";

/** Turnout by region and city at every vote as a zip: CSV, datapackage.json and README. */
export function GET(request: NextRequest) {
  return serveExport(request, "regions", "zip");
}
