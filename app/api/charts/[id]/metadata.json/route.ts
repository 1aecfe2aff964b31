import type { NextRequest } from "next/server";

import { serveExport } from "@/lib/http/serve-export";

export const dynamic = "force-dynamic";

/** Title, units, status, sources, licence and a ready citation for one chart. */
export function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return serveExport(request, "chart", "metadata", params);
}
