import type { NextRequest } from "next/server";

import { serveExport } from "@/lib/http/serve-export";

export const dynamic = "force-dynamic";

/** The JSON twin of figures.csv. */
export function GET(request: NextRequest) {
  return serveExport(request, "figures", "json");
}
