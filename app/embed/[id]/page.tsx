import { ChartFigure } from "@/components/charts/chart-figure";
import { EmbedHeight } from "@/components/charts/embed-height";
import { toQueryString } from "@/lib/charts/view/url-codec";
import { chartRouteMetadata, fetchChartRoute, type ChartRouteProps } from "@/lib/charts/view/route";
import { chartPath, embedPath } from "@/lib/site";

export const dynamic = "force-dynamic";

export const generateMetadata = (props: ChartRouteProps) =>
  chartRouteMetadata(props, { robots: { index: false } });

export default async function EmbedPage(props: ChartRouteProps) {
  const { view, sources } = await fetchChartRoute(props);
  const permalink = chartPath(view.model.id, toQueryString(view.params, view.extra));
  return (
    <main id="main" className="p-2">
      <ChartFigure
        model={view.model}
        sources={sources}
        display={view.params.type === "table" ? "table" : "chart"}
        headingLevel={1}
        loadChart="interaction"
        releaseHref={(release) =>
          embedPath(view.model.id, toQueryString({ ...view.params, release }, view.extra))
        }
      />
      <p className="mt-1 text-right text-xs">
        <a href={permalink} target="_blank" rel="noopener">
          Open on the Kazakhstan 2022 dashboard ↗
        </a>
      </p>
      <EmbedHeight id={view.model.id} />
    </main>
  );
}
