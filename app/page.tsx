import { Dashboard } from "@/components/dashboard/dashboard";
import { fetchDashboardData } from "@/lib/data/loader";

// Rendered per request from data/, so new revisions appear without a rebuild. No Suspense or
// loading.tsx here: streamed content stays hidden for visitors without JavaScript.
export const dynamic = "force-dynamic";

export default async function Page() {
  return <Dashboard data={await fetchDashboardData()} />;
}
