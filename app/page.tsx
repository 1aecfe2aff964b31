import { Dashboard } from "@/components/dashboard/dashboard";
import { toSitePageMetadata } from "@/lib/charts/view/page-metadata";
import { fetchDashboardData } from "@/lib/data/loader";
import { SITE_DESCRIPTION, SITE_TITLE } from "@/lib/site";

// Rendered per request from data/, so new revisions appear without a rebuild. No Suspense or
// loading.tsx here: streamed content stays hidden for visitors without JavaScript.
export const dynamic = "force-dynamic";
export const metadata = toSitePageMetadata("/", SITE_TITLE, SITE_DESCRIPTION);

export default async function Page() {
  return <Dashboard data={await fetchDashboardData()} />;
}
