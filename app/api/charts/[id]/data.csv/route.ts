import type { NextRequest } from "next/server";

import { serveExport } from "@/lib/http/serve-export";

export const dynamic = "force-dynamic";

/**
 * The numbers behind one chart as CSV: full data by default, view=current for the rows as shown.
 * Headers and values are the same in every language, so a script reads any of them alike; lang adds
 * a label column naming each row in that language.
 */
export function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return serveExport(request, "chart", "csv", params);
}
