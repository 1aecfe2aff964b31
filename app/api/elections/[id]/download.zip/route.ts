import type { NextRequest } from "next/server";

import { serveExport } from "@/lib/http/serve-export";

export const dynamic = "force-dynamic";

/** One revision of an election's results as a zip: CSV, datapackage.json and README. */
export function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return serveExport(request, "election", "zip", params);
}
