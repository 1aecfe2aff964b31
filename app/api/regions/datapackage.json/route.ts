import { toRegionalDataPackage } from "@/lib/export/regional-package";
import { withDashboardData } from "@/lib/http/api-route";
import { fileResponse } from "@/lib/http/http-cache";
import { regionalCsvUrl } from "@/lib/http/package-paths";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

/** turnout.csv described as a Frictionless Data Package. */
export async function GET(request: Request) {
  return withDashboardData((data) => {
    const pkg = toRegionalDataPackage(data, { path: regionalCsvUrl(), homepage: `${siteUrl()}/` });
    return fileResponse(request, JSON.stringify(pkg, null, 2), "application/json; charset=utf-8");
  });
}
