import { toObserverTable } from "@/lib/export/observers-package";
import { toTablePackage } from "@/lib/export/table-package";
import { withDashboardData } from "@/lib/http/api-route";
import { fileResponse } from "@/lib/http/http-cache";
import { observersCsvUrl } from "@/lib/http/package-paths";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

/** observers.csv (in English) described as a Frictionless Data Package. */
export async function GET(request: Request) {
  return withDashboardData((data) => {
    const pkg = toTablePackage(toObserverTable(data), {
      path: observersCsvUrl(),
      homepage: `${siteUrl()}/en/observers`,
    });
    return fileResponse(request, JSON.stringify(pkg, null, 2), "application/json; charset=utf-8");
  });
}
