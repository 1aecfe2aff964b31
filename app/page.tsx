import { cookies } from "next/headers";

import { Dashboard } from "@/components/dashboard/dashboard";
import { fetchDashboardData } from "@/lib/data";
import { parseTheme, THEME_COOKIE } from "@/lib/theme";

// Rendered per request from data/, so new revisions appear without a rebuild. No Suspense or
// loading.tsx here: streamed content stays hidden for visitors without JavaScript.
export const dynamic = "force-dynamic";

export default async function Page() {
  const [data, cookieStore] = await Promise.all([fetchDashboardData(), cookies()]);
  return <Dashboard data={data} theme={parseTheme(cookieStore.get(THEME_COOKIE)?.value)} />;
}
