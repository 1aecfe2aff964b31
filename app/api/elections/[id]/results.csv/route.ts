import type { NextRequest } from "next/server";

import { parseExportParams } from "@/lib/charts/view/url-codec";
import { toCsv } from "@/lib/export/csv";
import { RESULT_CSV_COLUMNS, toResultCsvFilename, toResultRows } from "@/lib/export/election-csv";
import { withElectionRevision } from "@/lib/http/election-route";
import { fileResponse } from "@/lib/http/http-cache";

export const dynamic = "force-dynamic";

/** An election's results, one row per option; asOf picks a revision (the newest by default). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return withElectionRevision(request, params, (election, revision) => {
    const { bom } = parseExportParams(request.nextUrl.searchParams);
    const body = toCsv(toResultRows(election, revision), RESULT_CSV_COLUMNS, { bom });
    const name = toResultCsvFilename(election, revision);
    return fileResponse(request, body, "text/csv; charset=utf-8", name);
  });
}
