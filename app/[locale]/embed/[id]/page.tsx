import { ChartFigure } from "@/components/charts/chart-figure";
import { EmbedHeight } from "@/components/charts/embed-height";
import { ThresholdPicker } from "@/components/charts/threshold-picker";
import { toQueryString, type ChartParams } from "@/lib/charts/view/url-codec";
import {
  chartIdParams,
  chartRouteMetadata,
  fetchChartRoute,
  type ChartRouteProps,
} from "@/lib/pages/chart-route";
import { translator } from "@/lib/i18n/translate";
import { chartPath, embedPath } from "@/lib/site";

// Each chart's default view is prerendered, other views render on first request (view/[key]); all
// are rendered again as the [locale] layout's revalidate says.
export const dynamicParams = false;
export const generateStaticParams = chartIdParams;

export const generateMetadata = (props: ChartRouteProps) =>
  chartRouteMetadata(props, { robots: { index: false } });

export default async function EmbedPage(props: ChartRouteProps) {
  const { view, sources } = await fetchChartRoute(props);
  const { locale } = view.model;
  const permalink = chartPath(locale, view.model.id, toQueryString(view.params, view.extra));
  const viewHref = (patch: Partial<ChartParams>) =>
    embedPath(locale, view.model.id, toQueryString({ ...view.params, ...patch }, view.extra));
  return (
    <main id="main" className="p-2">
      <ChartFigure
        model={view.model}
        sources={sources}
        display={view.params.type === "table" ? "table" : "chart"}
        headingLevel={1}
        loadChart="interaction"
        sourcesAt={`${permalink}#sources`}
        viewHref={viewHref}
        // A what-if allocation is explored where it is embedded too, as the map's votes are; the
        // embed keeps no other control (type, sort), which the page it links to has.
        controls={
          <ThresholdPicker
            thresholds={view.options.thresholdIds}
            current={view.params.threshold}
            hrefFor={(threshold) => viewHref({ threshold })}
            locale={locale}
          />
        }
      />
      <p className="mt-1 text-right text-xs">
        <a href={permalink} target="_blank" rel="noopener">
          {translator(locale)("embed.open")}
        </a>
      </p>
      <EmbedHeight id={view.model.id} />
    </main>
  );
}
