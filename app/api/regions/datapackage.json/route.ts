import type { NextRequest } from "next/server";

import { serveExport } from "@/lib/http/serve-export";

export const dynamic = "force-dynamic";

/** turnout.csv described as a Frictionless Data Package. */
export function GET(request: NextRequest) {
  return serveExport(request, "regions", "datapackage");
}
