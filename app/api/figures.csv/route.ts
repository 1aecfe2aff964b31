import type { NextRequest } from "next/server";

import { serveExport } from "@/lib/http/serve-export";

export const dynamic = "force-dynamic";

/** Every figure, the article's and the derived ones, one row each. */
export function GET(request: NextRequest) {
  return serveExport(request, "figures", "csv");
}
