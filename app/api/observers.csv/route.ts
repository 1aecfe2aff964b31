import type { NextRequest } from "next/server";

import { parseExportParams } from "@/lib/charts/view/url-codec";
import { toCsv } from "@/lib/export/csv";
import {
  OBSERVER_CSV_COLUMNS,
  toObserverCsvFilename,
  toObserverRows,
} from "@/lib/export/observers-csv";
import { fetchDashboardData } from "@/lib/data/loader";
import { requestedLocale, withDashboardData } from "@/lib/http/api-route";
import { fileResponse } from "@/lib/http/http-cache";

export const dynamic = "force-dynamic";

/** Every observers' finding, one row each; lang picks the language of the verdict and reply. */
export async function GET(request: NextRequest) {
  const { bom } = parseExportParams(request.nextUrl.searchParams);
  const locale = requestedLocale(request);
  if (locale instanceof Response) return locale;
  return withDashboardData(async () => {
    const data = await fetchDashboardData({ locale });
    const body = toCsv(toObserverRows(data), OBSERVER_CSV_COLUMNS, { bom });
    return fileResponse(request, body, "text/csv; charset=utf-8", toObserverCsvFilename(locale));
  });
}
