import { ChartPageView } from "@/components/charts/chart-page-view";
import { LiveUpdates } from "@/components/live/live-updates";
import { toChartPageCitation } from "@/lib/export/page-citation";
import { textContext } from "@/lib/text/resolve-text";
import {
  chartIdParams,
  chartRouteMetadata,
  fetchChartRoute,
  type ChartRouteProps,
} from "@/lib/pages/chart-route";

// Each chart's default view is prerendered, other views render on first request (view/[key]); all
// are rendered again as the [locale] layout's revalidate says.
export const dynamicParams = false;
export const generateStaticParams = chartIdParams;

export const generateMetadata = (props: ChartRouteProps) => chartRouteMetadata(props);

export default async function ChartPage(props: ChartRouteProps) {
  const { view, sources, data } = await fetchChartRoute(props);
  return (
    <>
      <ChartPageView
        view={view}
        sources={sources}
        cite={toChartPageCitation(view, sources, data)}
        text={textContext(data)}
      />
      <LiveUpdates data={data} />
    </>
  );
}
