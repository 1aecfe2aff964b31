import * as z from "zod/mini";

import {
  CHART_TYPES,
  MEASURES,
  SORT_ORDERS,
  type ChartType,
  type ChartViewOptions,
  type Measure,
  type SortOrder,
} from "../model/view-types";

/**
 * The one URL codec: every query string the app reads or writes goes through here. A chart's view
 * (shared by the chart page, the embed, the controls and the export routes) and the export options.
 * Parsing never throws: anything not understood falls back to the default and is reported.
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
type Key = (typeof CHART_PARAM_KEYS)[number];

export const ChartParamsSchema = z.object({
  type: z.nullable(z.enum(CHART_TYPES)),
  sort: z.nullable(z.enum(SORT_ORDERS)),
  measure: z.nullable(z.enum(MEASURES)),
  show: z.nullable(z.array(z.string())),
  highlight: z.nullable(z.string()),
  asOf: z.nullable(z.string()),
});
// The schema and the ChartParams interface must describe the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameShape: Same<z.infer<typeof ChartParamsSchema>, ChartParams> = true;

const MAX_VALUE_LENGTH = 400;

export type QueryInput = URLSearchParams | string | Record<string, string | string[] | undefined>;

export interface ParsedChartParams {
  params: ChartParams;
  /** Keys whose value was not understood (and was replaced by the default). */
  invalid: Key[];
  /** Parameters this codec does not own, kept in their order. */
  extra: [string, string][];
}

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

/** A query as ordered key/value pairs; only string values count. */
export function toQueryPairs(query: QueryInput): [string, string][] {
  if (typeof query === "string" || query instanceof URLSearchParams)
    return [...new URLSearchParams(query)];
  // Only string values are query values: an object from a framework may answer "toString" or
  // "constructor" with a function, which must never travel on (it cannot even be serialized).
  return Object.keys(query).flatMap((k): [string, string][] => {
    const v: unknown = Object.getOwnPropertyDescriptor(query, k)?.value;
    if (typeof v === "string") return [[k, v]];
    if (Array.isArray(v))
      return v.filter((x): x is string => typeof x === "string").map((x) => [k, x]);
    return [];
  });
}

function isKey(k: string): k is Key {
  return (CHART_PARAM_KEYS as readonly string[]).includes(k);
}

/** One value checked against what this chart allows; undefined when invalid, null when it is the default. */
function decode(
  key: Key,
  value: string,
  o: ChartViewOptions,
): string | string[] | null | undefined {
  const member = (list: readonly string[]) => (list.includes(value) ? value : undefined);
  const notDefault = (v: string | undefined, list: readonly string[]) =>
    v === undefined ? undefined : v === list[0] ? null : v;
  switch (key) {
    case "type":
      return notDefault(member(o.types), o.types);
    case "sort":
      return notDefault(member(o.sorts), o.sorts);
    case "measure":
      return notDefault(member(o.measures), o.measures);
    case "highlight":
      return member(o.highlightIds);
    case "asOf":
      return member(o.revisionIds);
    case "show": {
      if (o.showIds.length === 0) return undefined;
      if (value === "none") return [];
      const ids = value.split(",");
      if (ids.some((id) => !o.showIds.includes(id))) return undefined;
      const picked = o.showIds.filter((id) => ids.includes(id));
      return picked.length === o.showIds.length ? null : picked;
    }
  }
}

/** Reads a chart's view from a query. Never throws: anything not understood falls back to the default. */
export function parseChartParams(query: QueryInput, options: ChartViewOptions): ParsedChartParams {
  const params: Record<Key, unknown> = { ...DEFAULT_CHART_PARAMS };
  const seen = new Set<Key>();
  const invalid = new Set<Key>();
  const extra: [string, string][] = [];
  for (const [key, value] of toQueryPairs(query)) {
    if (!isKey(key)) {
      extra.push([key, value]);
      continue;
    }
    if (seen.has(key)) {
      invalid.add(key);
      continue;
    }
    seen.add(key);
    const decoded = value.length > MAX_VALUE_LENGTH ? undefined : decode(key, value, options);
    if (decoded === undefined) invalid.add(key);
    else params[key] = decoded;
  }
  const checked = ChartParamsSchema.safeParse(params);
  return {
    params: checked.success ? checked.data : DEFAULT_CHART_PARAMS,
    invalid: [...invalid],
    extra,
  };
}

/** How a download is asked for: a byte-order mark (on unless bom=0) and, for a chart, which rows. */
export interface ExportParams {
  bom: boolean;
  /** view=current: the rows as the view shows them, instead of the chart's full data. */
  current: boolean;
  /** An election revision to export (results.csv); null for the newest. */
  asOf: string | null;
}

/** Reads the export options of a download route; unknown values mean the default. */
export function parseExportParams(query: QueryInput): ExportParams {
  const pairs = toQueryPairs(query);
  const first = (key: string) => pairs.find(([k]) => k === key)?.[1] ?? null;
  return { bom: first("bom") !== "0", current: first("view") === "current", asOf: first("asOf") };
}
