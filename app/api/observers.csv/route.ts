import type { NextRequest } from "next/server";

import { serveExport } from "@/lib/http/serve-export";

export const dynamic = "force-dynamic";

/** Every observers' finding, one row each; lang picks the language of the verdict and reply. */
export function GET(request: NextRequest) {
  return serveExport(request, "observers", "csv");
}
