import { ChartPageView } from "@/components/charts/chart-page-view";
import { LiveUpdates } from "@/components/live/live-updates";
import { toChartPageCitation } from "@/lib/export/page-citation";
import { chartRouteMetadata, fetchChartRoute, type ChartRouteProps } from "@/lib/charts/view/route";

export const dynamic = "force-dynamic";

export const generateMetadata = (props: ChartRouteProps) => chartRouteMetadata(props);

export default async function ChartPage(props: ChartRouteProps) {
  const { view, sources, data } = await fetchChartRoute(props);
  return (
    <>
      <ChartPageView
        view={view}
        sources={sources}
        cite={toChartPageCitation(view, sources, data)}
      />
      <LiveUpdates data={data} />
    </>
  );
}
