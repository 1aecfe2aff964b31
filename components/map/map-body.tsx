import { DataTable } from "@/components/charts/data-table";
import { toDrawable, type ChartModel } from "@/lib/charts/model/model";

import { MapLegend } from "./map-legend";
import { ReleaseSlider } from "./release-slider";
import { TileMap } from "./tile-map";

/**
 * A map chart's body: the release slider, the map and its key, the generated description and the
 * table. All drawn on the server, unlike other charts' bodies (components/charts/chart-body.tsx),
 * which swap in recharts: a map has nothing to load, so it adds nothing to a page's JavaScript.
 */
export function MapBody({
  model,
  display,
  descId,
  tableHref,
  releaseHref,
}: {
  model: ChartModel;
  display: "chart" | "table";
  descId: string;
  tableHref?: string;
  releaseHref: (release: string | null) => string;
}) {
  return (
    <>
      {model.releases && (
        <ReleaseSlider
          releases={model.releases}
          current={model.release}
          hrefFor={releaseHref}
          locale={model.locale}
        />
      )}
      {display === "chart" && (
        <div className="mt-3">
          <TileMap model={model} />
          <MapLegend locale={model.locale} />
        </div>
      )}
      <figcaption id={descId} className="mt-3 text-sm">
        {model.summary}
      </figcaption>
      <DataTable
        key={display}
        model={toDrawable(model)}
        open={display === "table"}
        tableHref={tableHref}
      />
    </>
  );
}
