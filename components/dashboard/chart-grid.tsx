import { ChartFigure } from "@/components/charts/chart-figure";
import { citedSources } from "@/lib/charts/model/cited-sources";
import type { ChartModel } from "@/lib/charts/model/model";
import type { Source } from "@/lib/data/schemas";
import { chartPath } from "@/lib/site";
import { DEFAULT_CHART_PARAMS } from "@/lib/charts/view/url-codec";

/** Charts two abreast on wide screens; a wide chart (many rows or a time series) takes the full row. */
export function ChartGrid({
  charts,
  sources,
  wide = [],
  firstScreen = false,
  statusStated,
}: {
  charts: ChartModel[];
  sources: Source[];
  wide?: string[];
  /** The grid's first chart opens on the page's first screen. */
  firstScreen?: boolean;
  /** A revision whose status the page states beside the grid (see ChartFigure). */
  statusStated?: string;
}) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {charts.map((c, i) => (
        <div key={c.id} className={wide.includes(c.id) ? "min-w-0 lg:col-span-2" : "min-w-0"}>
          <ChartFigure
            model={c}
            sources={citedSources(c, sources)}
            permalink={chartPath(c.locale, c.id)}
            downloads={DEFAULT_CHART_PARAMS}
            firstScreen={firstScreen && i === 0}
            statusStated={statusStated}
          />
        </div>
      ))}
    </div>
  );
}
