import type { ChartType, Measure, SortOrder } from "../model/view-types";

/**
 * A chart's view as it appears in a URL, and how to write it. Free of zod on purpose: the chart
 * controls and download menus ship this to the browser; reading and validating a URL
 * (lib/chart-params.ts) stays on the server.
 */

/** null means "the chart's default" everywhere, so a default view has nothing to write. */
export interface ChartParams {
  type: ChartType | null;
  sort: SortOrder | null;
  measure: Measure | null;
  /** Muted series to draw; [] draws none of them. */
  show: string[] | null;
  highlight: string | null;
  /** Revision id to pin; null follows the newest. */
  asOf: string | null;
}

export const DEFAULT_CHART_PARAMS: ChartParams = {
  type: null,
  sort: null,
  measure: null,
  show: null,
  highlight: null,
  asOf: null,
};

/** Fixed order of the keys in a URL. */
export const CHART_PARAM_KEYS = ["type", "sort", "measure", "show", "highlight", "asOf"] as const;

/** Writes only what differs from the default, in a fixed key order, followed by the parameters we do not own. */
export function serializeChartParams(
  params: ChartParams,
  extra: readonly [string, string][] = [],
): string {
  const out = new URLSearchParams();
  for (const key of CHART_PARAM_KEYS) {
    const v = params[key];
    if (v === null) continue;
    out.append(key, Array.isArray(v) ? (v.length ? v.join(",") : "none") : v);
  }
  for (const [k, v] of extra) out.append(k, v);
  return out.toString();
}

/** "?type=table" or "" for the default view. */
export function toQueryString(
  params: ChartParams,
  extra: readonly [string, string][] = [],
): string {
  const s = serializeChartParams(params, extra);
  return s ? `?${s}` : "";
}
