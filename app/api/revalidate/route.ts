import { revalidatePath } from "next/cache";
import { NextResponse } from "next/server";

import { apiError, type ApiError } from "@/lib/http/api-error";
import { fetchDashboardData } from "@/lib/data/loader";
import { clearPageCache } from "@/lib/http/micro-cache.mjs";
import { toRevisionState, type RevisionState } from "@/lib/revisions/current";
import { configuredToken, isAuthorized } from "@/lib/http/revalidate-token";

export const dynamic = "force-dynamic";

/** Called by `npm run ingest` after it writes a revision: reloads the data and re-renders pages. */
export async function POST(request: Request): Promise<NextResponse<RevisionState | ApiError>> {
  const token = configuredToken();
  if (!token) return apiError(404, "Revalidation is off: no REVALIDATE_TOKEN is configured.");
  // One answer for a missing and a wrong token, so neither the text nor the status tells them apart.
  if (!isAuthorized(request.headers.get("authorization"), token))
    return apiError(401, "A valid bearer token is required.");
  try {
    const data = await fetchDashboardData();
    revalidatePath("/", "layout");
    // scripts/serve.mjs keeps rendered pages for a second; a new revision must not wait for that.
    clearPageCache();
    return NextResponse.json(toRevisionState(data), { headers: { "Cache-Control": "no-store" } });
  } catch {
    return apiError(503, "The data failed validation; the server keeps refusing to serve it.");
  }
}
