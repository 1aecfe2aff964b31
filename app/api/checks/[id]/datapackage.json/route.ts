import { isCheckTable } from "@/lib/export/checks-csv";
import { toCheckTable } from "@/lib/export/checks-package";
import { toTablePackage } from "@/lib/export/table-package";
import { apiError } from "@/lib/http/api-error";
import { withDashboardData } from "@/lib/http/api-route";
import { fileResponse } from "@/lib/http/http-cache";
import { checkCsvUrl } from "@/lib/http/package-paths";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

/** One table of the turnout checks (data.csv beside it) described as a Frictionless Data Package. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isCheckTable(id))
    return apiError(
      404,
      `No check table "${id.slice(0, 80)}"; the page /en/checks/turnout links them.`,
    );
  return withDashboardData((data) => {
    const pkg = toTablePackage(toCheckTable(id, data), {
      path: checkCsvUrl(id),
      homepage: `${siteUrl()}/en/checks/turnout`,
    });
    return fileResponse(request, JSON.stringify(pkg, null, 2), "application/json; charset=utf-8");
  });
}
