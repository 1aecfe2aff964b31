import type { NextRequest } from "next/server";

import { exportedModel, withChartView } from "@/lib/http/api-route";
import { fileResponse } from "@/lib/http/http-cache";

export const dynamic = "force-dynamic";

/** The JSON twin of data.csv: the same rows and columns, numbers as numbers. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return withChartView(request, params, (view) => {
    const m = exportedModel(request, view);
    const body = JSON.stringify({
      chart: m.id,
      title: m.title,
      status: m.status?.status ?? null,
      asOf: m.status?.asOf ?? null,
      revision: m.status?.revisionId ?? null,
      columns: m.table.map((c) => ({ key: c.key, label: c.label, unit: c.unit ?? null })),
      rows: m.rows.map((r) => Object.fromEntries(m.table.map((c) => [c.key, r[c.key] ?? null]))),
    });
    return fileResponse(request, body, "application/json; charset=utf-8");
  });
}
