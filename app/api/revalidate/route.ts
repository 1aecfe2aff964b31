import { revalidatePath } from "next/cache";
import { NextResponse } from "next/server";

import { apiError, type ApiError } from "@/lib/http/api-error";
import { fetchDashboardData } from "@/lib/data/loader";
import { DATA_LOCALE } from "@/lib/i18n/locale";
import { toRevisionState, type RevisionState } from "@/lib/revisions/current";
import { configuredToken, internalToken, isAuthorized } from "@/lib/http/revalidate-token";

/**
 * Called by `npm run ingest` after it writes a revision, and by the server's own watch of data/:
 * reloads the data and marks every page for a new render on its next request.
 */
export async function POST(request: Request): Promise<NextResponse<RevisionState | ApiError>> {
  const header = request.headers.get("authorization");
  const token = configuredToken();
  const internal = isAuthorized(header, internalToken());
  if (!token && !internal)
    return apiError(404, "Revalidation is off: no REVALIDATE_TOKEN is configured.");
  // One answer for a missing and a wrong token, so neither the text nor the status tells them apart.
  if (!internal && !isAuthorized(header, token!))
    return apiError(401, "A valid bearer token is required.");
  try {
    const data = await fetchDashboardData({ fresh: true, locale: DATA_LOCALE });
    revalidatePath("/", "layout");
    return NextResponse.json(toRevisionState(data), { headers: { "Cache-Control": "no-store" } });
  } catch {
    // The pages keep the last data that passed; they are not re-rendered into an error.
    return apiError(503, "The data failed validation; the server keeps refusing to serve it.");
  }
}
