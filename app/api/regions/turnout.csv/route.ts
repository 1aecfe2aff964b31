import type { NextRequest } from "next/server";

import { parseExportParams } from "@/lib/charts/view/url-codec";
import { toCsv } from "@/lib/export/csv";
import {
  REGIONAL_CSV_COLUMNS,
  toRegionalCsvFilename,
  toRegionalRows,
} from "@/lib/export/regional-csv";
import { requestedLocale, withDashboardData } from "@/lib/http/api-route";
import { fileResponse } from "@/lib/http/http-cache";

export const dynamic = "force-dynamic";

/**
 * Turnout by region and city at every vote, one row per vote, release, unit and measure; lang picks
 * the language of the unit_name column.
 */
export async function GET(request: NextRequest) {
  const { bom } = parseExportParams(request.nextUrl.searchParams);
  const locale = requestedLocale(request);
  if (locale instanceof Response) return locale;
  return withDashboardData((data) => {
    const body = toCsv(toRegionalRows(data, { lang: locale }), REGIONAL_CSV_COLUMNS, { bom });
    const name = toRegionalCsvFilename(locale);
    return fileResponse(request, body, "text/csv; charset=utf-8", name);
  });
}
