import "server-only";

import type { NextRequest } from "next/server";

import { apiError } from "./api-error";
import { parseExportParams } from "../charts/view/url-codec";
import type { ElectionDataset, ElectionRevision } from "../data/dataset";
import { fetchDashboardData, type DashboardData } from "../data/loader";
import { DATA_LOCALE } from "../i18n/locale";

/**
 * Loads the election a route names and the revision its asOf picks (the newest without one),
 * answering 404 for an unknown election or revision and 503 when the data is unavailable.
 */
export async function withElectionRevision(
  request: NextRequest,
  params: Promise<{ id: string }>,
  respond: (
    election: ElectionDataset,
    revision: ElectionRevision,
    data: DashboardData,
  ) => Response | Promise<Response>,
): Promise<Response> {
  const id = (await params).id;
  let data: DashboardData;
  try {
    data = await fetchDashboardData({ locale: DATA_LOCALE });
  } catch {
    return apiError(503, "The election data is not available right now.");
  }
  const election = data.elections.find((e) => e.meta.id === id);
  if (!election) return apiError(404, `No election with the id "${id.slice(0, 80)}".`);
  const { asOf } = parseExportParams(request.nextUrl.searchParams);
  const revision = asOf ? election.revisions.find((r) => r.id === asOf) : election.revisions.at(-1);
  if (!revision) {
    return apiError(
      404,
      `No revision "${(asOf ?? "").slice(0, 80)}" of ${id}; it has ${election.revisions.map((r) => r.id).join(", ")}.`,
    );
  }
  return respond(election, revision, data);
}
