import type { NextRequest } from "next/server";

import { toElectionDataPackage } from "@/lib/export/datapackage";
import { withElectionRevision } from "@/lib/http/election-route";
import { fileResponse } from "@/lib/http/http-cache";
import { electionCsvUrl } from "@/lib/http/package-paths";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

/** One revision of an election's results described as a Frictionless Data Package; asOf picks it. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return withElectionRevision(request, params, (election, revision, data) => {
    const pkg = toElectionDataPackage(election, revision, data.sources, {
      path: electionCsvUrl(election.meta.id, revision.id),
      homepage: `${siteUrl()}/`,
    });
    return fileResponse(request, JSON.stringify(pkg, null, 2), "application/json; charset=utf-8");
  });
}
