import type { Metadata } from "next";
import Link from "next/link";

import { ChangeLog } from "@/components/changes/change-log";
import { fetchDashboardData } from "@/lib/data/loader";
import { SITE_NAME } from "@/lib/site";
import { toDatasetCharts } from "@/lib/charts/model/dataset-charts";
import { toChangeLog } from "@/lib/revisions/diff";
import { toSitePageMetadata } from "@/lib/charts/view/page-metadata";

// ISR, rendered again when data/ changes (instrumentation.ts) and at most every minute.
export const revalidate = 60;
export const metadata: Metadata = toSitePageMetadata(
  "/changes",
  `Changes between revisions · ${SITE_NAME}`,
  "Every change between revisions of the 2022 election results and turnout, computed from the data: which counts changed, by how much, and when.",
);

export default async function ChangesPage() {
  const data = await fetchDashboardData();
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-10">
      <p className="text-sm">
        <Link href="/">← Back to the dashboard</Link>
      </p>
      <h1 className="mt-4 text-2xl font-semibold">Changes between revisions</h1>
      <p className="text-muted mt-2 text-sm">
        Computed by comparing each revision of every dataset with the one before it.
      </p>
      <div className="mt-6">
        <ChangeLog entries={toChangeLog(data)} charts={toDatasetCharts(data)} />
      </div>
    </main>
  );
}
