import type { NextRequest } from "next/server";

import { apiError } from "@/lib/http/api-error";
import { toCsv, toCsvFilename } from "@/lib/export/csv";
import { fetchElection } from "@/lib/data/loader";
import { RESULT_CSV_COLUMNS, toResultRows } from "@/lib/export/election-csv";
import { fileResponse } from "@/lib/http/http-cache";
import { parseExportParams } from "@/lib/charts/view/url-codec";

export const dynamic = "force-dynamic";

/** An election's results, one row per option; asOf picks a revision (the newest by default). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const id = (await params).id;
  let election;
  try {
    election = await fetchElection(id);
  } catch {
    return apiError(503, "The election data is not available right now.");
  }
  if (!election) return apiError(404, `No election with the id "${id.slice(0, 80)}".`);
  const { asOf, bom } = parseExportParams(request.nextUrl.searchParams);
  const revision = asOf ? election.revisions.find((r) => r.id === asOf) : election.revisions.at(-1);
  if (!revision) {
    return apiError(
      404,
      `No revision "${asOf!.slice(0, 80)}" of ${id}; it has ${election.revisions.map((r) => r.id).join(", ")}.`,
    );
  }
  const body = toCsv(toResultRows(election, revision), RESULT_CSV_COLUMNS, {
    bom,
  });
  const name = toCsvFilename(
    `${election.meta.id}-results`,
    `${revision.asOf.slice(0, 10)}-${revision.status}`,
  );
  return fileResponse(request, body, "text/csv; charset=utf-8", name);
}
