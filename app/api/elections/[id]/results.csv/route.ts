import type { NextRequest } from "next/server";

import { serveExport } from "@/lib/http/serve-export";

export const dynamic = "force-dynamic";

/**
 * An election's results, one row per option; asOf picks a revision (the newest by default) and lang
 * the language of the label column.
 */
export function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return serveExport(request, "election", "csv", params);
}
