import "server-only";

import { cache } from "react";

import { parseChartParams, toQueryPairs, type ChartParams, type QueryInput } from "./url-codec";
import { applyView } from "./apply-view";
import type { ChartModel } from "../model/model";
import { findChartSpec, toViewOptions, type ChartSpec } from "../model/registry";
import type { ChartViewOptions } from "../model/view-types";
import { fetchDashboardData } from "../../data/loader";
import { changeSince, type RevisionChange } from "../../revisions/diff";

export interface ChartView {
  spec: ChartSpec;
  /** The chart as the view shows it. */
  model: ChartModel;
  /** The chart in its default view (newest revision), to compare a pinned view with. */
  base: ChartModel;
  /**
   * The full chart at the revision the view pins or the release a map shows (the newest when neither),
   * without its display options: what full exports hold.
   */
  pinned: ChartModel;
  options: ChartViewOptions;
  params: ChartParams;
  invalid: string[];
  extra: [string, string][];
  /** When the link pins an older revision: what changed from it to the newest. */
  pinnedChange?: RevisionChange;
}

/** A chart with its view read from the query; undefined for an unknown chart id. */
export function fetchChartView(id: string, query: QueryInput): Promise<ChartView | undefined> {
  // Keyed by the query's text, so generateMetadata and the page share one build per request.
  return viewFor(id, new URLSearchParams(toQueryPairs(query)).toString());
}

const viewFor = cache(async (id: string, query: string): Promise<ChartView | undefined> => {
  const spec = findChartSpec(id);
  if (!spec) return undefined;
  const data = await fetchDashboardData();
  const base = spec.build(data);
  if (!base) return undefined;
  const options = toViewOptions(spec, base);
  const { params, invalid, extra } = parseChartParams(query, options);
  // A map's release is a view of the data, not a pin: it picks the revision to build from, with no
  // "newer figures exist" banner.
  const release = base.releases?.find((r) => r.id === params.release)?.revisionId;
  const revisionId = params.asOf ?? release;
  const pinned = (revisionId ? spec.build(data, revisionId) : base) ?? base;
  const pinnedChange =
    params.asOf && base.datasetId ? changeSince(data, base.datasetId, params.asOf) : undefined;
  return {
    spec,
    model: applyView(pinned, params),
    base,
    pinned,
    options,
    params,
    invalid,
    extra,
    pinnedChange,
  };
});
