import * as z from "zod/mini";

import { CHART_PARAM_KEYS, DEFAULT_CHART_PARAMS, type ChartParams } from "./chart-query";
import { CHART_TYPES, MEASURES, SORT_ORDERS, type ChartViewOptions } from "../model/view-types";

/**
 * Reading a chart's view from a URL, shared by the chart page, the embed and the CSV route. Writing
 * it lives in ./chart-query, which the browser also gets.
 */

export {
  CHART_PARAM_KEYS,
  DEFAULT_CHART_PARAMS,
  serializeChartParams,
  toQueryString,
  type ChartParams,
} from "./chart-query";

export const ChartParamsSchema = z.object({
  type: z.nullable(z.enum(CHART_TYPES)),
  sort: z.nullable(z.enum(SORT_ORDERS)),
  measure: z.nullable(z.enum(MEASURES)),
  /** Muted series to draw; [] draws none of them. */
  show: z.nullable(z.array(z.string())),
  highlight: z.nullable(z.string()),
  /** Revision id to pin; null follows the newest. */
  asOf: z.nullable(z.string()),
});
// The schema and the browser-side ChartParams type must describe the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameShape: Same<z.infer<typeof ChartParamsSchema>, ChartParams> = true;

type Key = (typeof CHART_PARAM_KEYS)[number];

const MAX_VALUE_LENGTH = 400;

export type QueryInput = URLSearchParams | string | Record<string, string | string[] | undefined>;

export interface ParsedChartParams {
  params: ChartParams;
  /** Keys whose value was not understood (and was replaced by the default). */
  invalid: Key[];
  /** Parameters this codec does not own, kept in their order. */
  extra: [string, string][];
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
