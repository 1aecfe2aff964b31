import { withDashboardData } from "@/lib/http/api-route";
import { etagOf, isNotModified } from "@/lib/http/http-cache";
import { toRevisionState } from "@/lib/revisions/current";

/** The newest revision of each dataset. Clients poll it; an unchanged answer is a 304. */
export async function GET(request: Request) {
  return withDashboardData((data) => {
    const body = JSON.stringify(toRevisionState(data));
    const etag = etagOf(body);
    // no-cache: browsers keep the body but ask every time, sending If-None-Match.
    const headers = {
      ETag: etag,
      "Cache-Control": "no-cache",
      "Content-Type": "application/json; charset=utf-8",
    };
    if (isNotModified(request, etag)) return new Response(null, { status: 304, headers });
    return new Response(body, { headers });
  });
}
