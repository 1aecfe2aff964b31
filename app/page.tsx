import { Dashboard } from "@/components/dashboard/dashboard";
import { toSitePageMetadata } from "@/lib/charts/view/page-metadata";
import { fetchDashboardData } from "@/lib/data/loader";
import { SITE_DESCRIPTION, SITE_TITLE } from "@/lib/site";

// ISR: rendered once, then again when data/ changes (instrumentation.ts) and at most every minute. No
// Suspense or loading.tsx here: streamed content stays hidden for visitors without JavaScript.
export const revalidate = 60;
export const metadata = toSitePageMetadata("/", SITE_TITLE, SITE_DESCRIPTION);

export default async function Page() {
  return <Dashboard data={await fetchDashboardData()} />;
}
