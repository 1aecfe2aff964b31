import "server-only";

import { cache } from "react";

import { parseChartParams, toQueryPairs, type ChartParams, type QueryInput } from "./url-codec";
import { applyView } from "./apply-view";
import { fromViewKey, toViewKey } from "./view-key";
import type { ChartModel } from "../model/model";
import { findChartSpec, toViewOptions, type ChartSpec } from "../model/registry";
import type { ChartViewOptions } from "../model/view-types";
import { fetchDashboardData } from "../../data/loader";
import { changeSince, type RevisionChange } from "../../revisions/diff";
import { DATA_LOCALE, type Locale } from "../../i18n/locale";

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
export function fetchChartView(
  id: string,
  query: QueryInput,
  locale: Locale,
): Promise<ChartView | undefined> {
  // Keyed by the query's text, so generateMetadata and the page share one build per request.
  return viewFor(id, new URLSearchParams(toQueryPairs(query)).toString(), locale);
}

/**
 * The chart a view key (lib/charts/view/view-key.ts) names, or undefined when the id or the key is not
 * one; the keys the original link had wrong are reported as the view's invalid keys.
 */
export async function fetchChartViewByKey(
  id: string,
  key: string | undefined,
  locale: Locale,
): Promise<ChartView | undefined> {
  if (key === undefined) return fetchChartView(id, "", locale);
  const decoded = fromViewKey(key);
  if (!decoded) return undefined;
  const view = await fetchChartView(id, decoded.query, locale);
  if (!view) return undefined;
  return { ...view, invalid: [...new Set([...view.invalid, ...decoded.invalid])] };
}

/**
 * The view key for a chart address's query: "" for the chart's default view, undefined for an unknown
 * chart. What proxy.ts rewrites a chart or embed address to.
 */
export async function viewKeyFor(id: string, query: QueryInput): Promise<string | undefined> {
  const spec = findChartSpec(id);
  if (!spec) return undefined;
  const options = await viewOptionsFor(spec);
  if (!options) return undefined;
  const { params, invalid } = parseChartParams(query, options);
  return toViewKey(params, invalid);
}

// A chart's options depend only on the data, not its language: built once per loaded copy.
const optionsByData = new WeakMap<object, Map<string, ChartViewOptions | undefined>>();

async function viewOptionsFor(spec: ChartSpec): Promise<ChartViewOptions | undefined> {
  const data = await fetchDashboardData({ locale: DATA_LOCALE });
  let byId = optionsByData.get(data);
  if (!byId) optionsByData.set(data, (byId = new Map()));
  if (!byId.has(spec.id)) {
    // The draft has every id the options list; no words are needed to read them.
    const draft = spec.draft(data);
    byId.set(spec.id, draft ? toViewOptions(spec, draft) : undefined);
  }
  return byId.get(spec.id);
}

const viewFor = cache(
  async (id: string, query: string, locale: Locale): Promise<ChartView | undefined> => {
    const spec = findChartSpec(id);
    if (!spec) return undefined;
    const data = await fetchDashboardData({ locale });
    const base = spec.build(data);
    if (!base) return undefined;
    const options = toViewOptions(spec, base);
    const { params, invalid, extra } = parseChartParams(query, options);
    // A map's vote and release are views of the data, not pins: they pick what to build from, with
    // no "newer figures exist" banner.
    // So is a seat allocation's threshold: a what-if view, said to be one in its own title.
    const votes = {
      vote: params.vote,
      compare: params.compare,
      threshold: params.threshold === null ? null : Number(params.threshold),
    };
    const ofVote =
      params.vote || params.compare || params.threshold
        ? (spec.build(data, null, votes) ?? base)
        : base;
    const release = ofVote.releases?.find((r) => r.id === params.release)?.revisionId;
    const revisionId = params.asOf ?? release;
    const pinned = (revisionId ? spec.build(data, revisionId, votes) : ofVote) ?? ofVote;
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
  },
);
