import type { NextRequest } from "next/server";

import { serveExport } from "@/lib/http/serve-export";

/** turnout.csv described as a Frictionless Data Package. */
export function GET(request: NextRequest) {
  return serveExport(request, "regions", "datapackage");
}
