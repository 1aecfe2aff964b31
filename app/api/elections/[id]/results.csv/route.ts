import type { NextRequest } from "next/server";

import { parseExportParams } from "@/lib/charts/view/url-codec";
import { toCsv } from "@/lib/export/csv";
import { RESULT_CSV_COLUMNS, toResultCsvFilename, toResultRows } from "@/lib/export/election-csv";
import { withElectionRevision } from "@/lib/http/election-route";
import { fileResponse } from "@/lib/http/http-cache";
import { requestedLocale } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

/**
 * An election's results, one row per option; asOf picks a revision (the newest by default) and lang
 * the language of the label column.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { bom, lang } = parseExportParams(request.nextUrl.searchParams);
  const locale = requestedLocale(request);
  if (locale instanceof Response) return locale;
  return withElectionRevision(request, params, (election, revision, data) => {
    const rows = toResultRows(election, revision, { lang: locale, names: data.names });
    const body = toCsv(rows, RESULT_CSV_COLUMNS, { bom });
    const name = toResultCsvFilename(election, revision, lang);
    return fileResponse(request, body, "text/csv; charset=utf-8", name);
  });
}
