import type { NextRequest } from "next/server";

import { serveExport } from "@/lib/http/serve-export";

export const dynamic = "force-dynamic";

/** data.csv with the same query, described as a Frictionless Data Package. */
export function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return serveExport(request, "chart", "datapackage", params);
}
