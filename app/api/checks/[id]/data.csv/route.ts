import type { NextRequest } from "next/server";

import { turnoutChecks } from "@/lib/checks/turnout-checks";
import { parseExportParams } from "@/lib/charts/view/url-codec";
import {
  CHECK_COLUMNS,
  isCheckTable,
  toCheckCsvFilename,
  toCheckRows,
} from "@/lib/export/checks-csv";
import { toCsv } from "@/lib/export/csv";
import { apiError } from "@/lib/http/api-error";
import { requestedLocale, withDashboardData } from "@/lib/http/api-route";
import { fileResponse } from "@/lib/http/http-cache";

export const dynamic = "force-dynamic";

/** The table of one check on the turnout figures (/[locale]/checks/turnout); lang names the units. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isCheckTable(id))
    return apiError(
      404,
      `No check table "${id.slice(0, 80)}"; the page /en/checks/turnout links them.`,
    );
  const { bom } = parseExportParams(request.nextUrl.searchParams);
  const locale = requestedLocale(request);
  if (locale instanceof Response) return locale;
  return withDashboardData((data) => {
    const rows = toCheckRows(id, turnoutChecks(data), data, locale);
    const body = toCsv(rows, CHECK_COLUMNS[id], { bom });
    return fileResponse(request, body, "text/csv; charset=utf-8", toCheckCsvFilename(id, locale));
  });
}
