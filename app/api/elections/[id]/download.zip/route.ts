import type { NextRequest } from "next/server";

import { toElectionDownloadSet } from "@/lib/export/download-set";
import { toZip } from "@/lib/export/zip";
import { withElectionRevision } from "@/lib/http/election-route";
import { fileResponse } from "@/lib/http/http-cache";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

/** One revision of an election's results as a zip: CSV, datapackage.json and README. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return withElectionRevision(request, params, (election, revision, data) => {
    const set = toElectionDownloadSet(election, revision, data.sources, `${siteUrl()}/`);
    return fileResponse(request, toZip(set.files), "application/zip", set.zipName);
  });
}
