import type { NextRequest } from "next/server";

import { serveExport } from "@/lib/http/serve-export";

export const dynamic = "force-dynamic";

/** Every figure as a zip: figures CSV, datapackage.json and README. */
export function GET(request: NextRequest) {
  return serveExport(request, "figures", "zip");
}
