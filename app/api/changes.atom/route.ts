import type { NextRequest } from "next/server";

import { fetchDashboardData } from "@/lib/data/loader";
import { requestedLocale, withDashboardData } from "@/lib/http/api-route";
import { fileResponse } from "@/lib/http/http-cache";
import { toChangesFeed } from "@/lib/revisions/changes-feed";
import { siteUrl } from "@/lib/site";

/** The change log as an Atom feed; lang picks its language, as on every file of the API. */
export async function GET(request: NextRequest) {
  const locale = requestedLocale(request);
  if (locale instanceof Response) return locale;
  return withDashboardData(async () => {
    const data = await fetchDashboardData({ locale });
    return fileResponse(
      request,
      toChangesFeed(data, siteUrl()),
      "application/atom+xml; charset=utf-8",
    );
  });
}
