import { toRegionalDownloadSet } from "@/lib/export/regional-package";
import { toZip } from "@/lib/export/zip";
import { withDashboardData } from "@/lib/http/api-route";
import { fileResponse } from "@/lib/http/http-cache";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

/** Turnout by region and city at every vote as a zip: CSV, datapackage.json and README. */
export async function GET(request: Request) {
  return withDashboardData((data) => {
    const set = toRegionalDownloadSet(data, `${siteUrl()}/`);
    return fileResponse(request, toZip(set.files), "application/zip", set.zipName);
  });
}
