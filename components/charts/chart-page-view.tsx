import { toQueryString } from "@/lib/charts/view/url-codec";
import type { ChartView } from "@/lib/charts/view/fetch-view";
import { toControlLabels } from "@/lib/charts/model/control-labels";
import type { Source } from "@/lib/data/schemas";
import type { PageCitation } from "@/lib/export/page-citation";
import { CiteBox } from "@/components/cite/cite-box";
import { JsonLd } from "@/components/ui/json-ld";
import { chartPath } from "@/lib/site";

import { ChartControls } from "./chart-controls";
import { ChartFigure } from "./chart-figure";
import { InvalidParamsNotice } from "./notice";
import { PinnedBanner } from "./pinned-banner";
import { ShareBar } from "./share-bar";

/** A chart on its own page: the figure, its view controls, sharing, and a way back. */
export function ChartPageView({
  view,
  sources,
  cite,
}: {
  view: ChartView;
  sources: Source[];
  cite: PageCitation;
}) {
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-6 sm:px-6 sm:py-10">
      <JsonLd data={cite.jsonLd} />
      <p className="no-print text-sm">
        {/* A plain link: the dashboard comes whole from the page cache, where a client-side
            navigation would ask Next.js to render its payload afresh, and next/link would add
            ~3 kB to every chart page's first load. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
        <a href="/">← Back to the dashboard</a>
      </p>
      <div className="mt-4 space-y-4">
        <InvalidParamsNotice keys={view.invalid} />
        {view.pinnedChange && (
          <PinnedBanner
            change={view.pinnedChange}
            latestHref={chartPath(
              view.model.id,
              toQueryString({ ...view.params, asOf: null }, view.extra),
            )}
          />
        )}
        <ChartControls
          key={toQueryString(view.params)}
          options={view.options}
          params={view.params}
          extra={view.extra}
          labels={toControlLabels(view.base, view.options)}
        />
        <ChartFigure
          model={view.model}
          sources={sources}
          display={view.params.type === "table" ? "table" : "chart"}
          headingLevel={1}
          loadChart="interaction"
          downloads={view.params}
          releaseHref={(release) =>
            chartPath(view.model.id, toQueryString({ ...view.params, release }, view.extra))
          }
        />
        <ShareBar id={view.model.id} title={view.model.title} />
        <CiteBox citations={cite.citations} what="this chart" />
      </div>
    </main>
  );
}
