import { toFiguresDownloadSet } from "@/lib/export/download-set";
import { toZip } from "@/lib/export/zip";
import { withDashboardData } from "@/lib/http/api-route";
import { fileResponse } from "@/lib/http/http-cache";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

/** Every figure as a zip: figures CSV, datapackage.json and README. */
export async function GET(request: Request) {
  return withDashboardData((data) => {
    const set = toFiguresDownloadSet(data, `${siteUrl()}/`);
    return fileResponse(request, toZip(set.files), "application/zip", set.zipName);
  });
}
