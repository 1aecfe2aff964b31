import { DataTable } from "@/components/charts/data-table";
import { toDrawable, type ChartModel } from "@/lib/charts/model/model";
import type { ChartParams } from "@/lib/charts/view/url-codec";

import { MapLegend } from "./map-legend";
import { ReleaseSlider } from "./release-slider";
import { TileCodeKey } from "./tile-code-key";
import { TileMap } from "./tile-map";
import { VotePickers } from "./vote-picker";

/** A change to the view a map's links make: another vote, comparison or release. */
export type MapViewPatch = Partial<Pick<ChartParams, "vote" | "compare" | "release">>;

/**
 * A map chart's body: the map, its colour key and (on a phone) its code key, then its controls (the vote, the comparison, the release),
 * the generated description and the table. All drawn on the server, unlike other charts' bodies
 * (components/charts/chart-body.tsx), which swap in recharts: a map has nothing to load, so it adds
 * nothing to a page's JavaScript.
 */
export function MapBody({
  model,
  display,
  descId,
  tableHref,
  viewHref,
}: {
  model: ChartModel;
  display: "chart" | "table";
  descId: string;
  tableHref?: string;
  viewHref: (patch: MapViewPatch) => string;
}) {
  return (
    <>
      {display === "chart" && (
        <div className="mt-3">
          <TileMap model={model} />
          <MapLegend model={model} />
          <TileCodeKey model={model} locale={model.locale} />
        </div>
      )}
      {model.votes && (
        <VotePickers
          votes={model.votes}
          vote={model.vote}
          compare={model.compare}
          locale={model.locale}
          hrefFor={(patch) => viewHref({ release: null, ...patch })}
        />
      )}
      {model.releases && !model.compare && (
        <ReleaseSlider
          releases={model.releases}
          current={model.release}
          hrefFor={(release) => viewHref({ release })}
          locale={model.locale}
        />
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
