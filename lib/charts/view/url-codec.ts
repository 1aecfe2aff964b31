import type { ChartType, ChartViewOptions, Measure, SortOrder } from "../model/view-types";

/**
 * The one URL codec: every query string the app reads or writes goes through here. A chart's view
 * (shared by the chart page, the embed, the controls and the export routes) and the export options.
 * Parsing never throws: anything not understood falls back to the default and is reported.
 *
 * Free of zod on purpose, unlike the project's other schemas: the chart controls ship this module to
 * the browser, and zod/mini added 16 kB (gzip) to a chart page's first load, past its 150 kB budget.
 * What a key may hold depends on the chart (its types, ids and revisions), so decodeInto's table,
 * which checks each value against the chart's own options, is the schema.
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
  /** The vote a map shows (an election's id); null is the chart's default vote. */
  vote: string | null;
  /** The release a map is coloured by; null is the newest. Unlike asOf it is a view, not a pin. */
  release: string | null;
  /** A second vote: the map shows each unit's change between the two instead of one vote's turnout. */
  compare: string | null;
  /** The list-seat threshold in percent ("7") for a what-if allocation; null is the law's. */
  threshold: string | null;
}

export const DEFAULT_CHART_PARAMS: ChartParams = {
  type: null,
  sort: null,
  measure: null,
  show: null,
  highlight: null,
  asOf: null,
  vote: null,
  release: null,
  compare: null,
  threshold: null,
};

/** Fixed order of the keys in a URL. */
export const CHART_PARAM_KEYS = [
  "type",
  "sort",
  "measure",
  "show",
  "highlight",
  "asOf",
  "vote",
  "release",
  "compare",
  "threshold",
] as const;
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

/** The member of `list` equal to `value`, typed as the list's members. */
function pick<T extends string>(list: readonly T[], value: string): T | undefined {
  return list.find((x) => x === value);
}

/** `v` unless it is the chart's default (its list's first), which is written as null. */
function orDefault<T extends string>(v: T, list: readonly T[]): T | null {
  return v === list[0] ? null : v;
}

/**
 * Sets one key from its URL value, checked against what this chart allows; false when the value is
 * not understood. This table is the codec's schema: each key's allowed values come from the chart.
 */
function decodeInto(params: ChartParams, key: Key, value: string, o: ChartViewOptions): boolean {
  switch (key) {
    case "type": {
      const v = pick(o.types, value);
      if (v !== undefined) params.type = orDefault(v, o.types);
      return v !== undefined;
    }
    case "sort": {
      const v = pick(o.sorts, value);
      if (v !== undefined) params.sort = orDefault(v, o.sorts);
      return v !== undefined;
    }
    case "measure": {
      const v = pick(o.measures, value);
      if (v !== undefined) params.measure = orDefault(v, o.measures);
      return v !== undefined;
    }
    case "highlight": {
      const v = pick(o.highlightIds, value);
      if (v !== undefined) params.highlight = v;
      return v !== undefined;
    }
    case "asOf": {
      const v = pick(o.revisionIds, value);
      if (v !== undefined) params.asOf = v;
      return v !== undefined;
    }
    case "vote": {
      const v = pick(o.voteIds, value);
      if (v !== undefined) params.vote = orDefault(v, o.voteIds);
      return v !== undefined;
    }
    case "release": {
      // Each vote has its own releases; "vote" is read first (parseChartParams keeps key order).
      const releases = o.releaseIdsByVote[params.vote ?? o.voteIds[0] ?? ""] ?? o.releaseIds;
      const v = pick(releases, value);
      // The newest release is the default view, written as nothing.
      if (v !== undefined) params.release = v === releases.at(-1) ? null : v;
      return v !== undefined;
    }
    case "compare": {
      const v = pick(o.voteIds, value);
      // A vote compared with itself shows no change: not a view.
      const ok = v !== undefined && v !== (params.vote ?? o.voteIds[0]);
      if (ok) params.compare = v;
      return ok;
    }
    case "threshold": {
      const v = pick(o.thresholdIds, value);
      if (v !== undefined) params.threshold = orDefault(v, o.thresholdIds);
      return v !== undefined;
    }
    case "show": {
      if (o.showIds.length === 0) return false;
      const ids = value === "none" ? [] : value.split(",");
      if (ids.some((id) => !o.showIds.includes(id))) return false;
      const picked = o.showIds.filter((id) => ids.includes(id));
      params.show = picked.length === o.showIds.length ? null : picked;
      return true;
    }
  }
}

/** Reads a chart's view from a query. Never throws: anything not understood falls back to the default. */
export function parseChartParams(query: QueryInput, options: ChartViewOptions): ParsedChartParams {
  const params: ChartParams = { ...DEFAULT_CHART_PARAMS };
  const seen = new Set<Key>();
  const invalid = new Set<Key>();
  const extra: [string, string][] = [];
  // In the codec's key order, so a key that depends on another (release on vote) comes after it.
  const order = (k: string) => (isKey(k) ? CHART_PARAM_KEYS.indexOf(k) : CHART_PARAM_KEYS.length);
  const pairs = toQueryPairs(query).sort(([a], [b]) => order(a) - order(b));
  for (const [key, value] of pairs) {
    if (!isKey(key)) {
      extra.push([key, value]);
      continue;
    }
    if (seen.has(key)) {
      invalid.add(key);
      continue;
    }
    seen.add(key);
    if (value.length > MAX_VALUE_LENGTH || !decodeInto(params, key, value, options))
      invalid.add(key);
  }
  return { params, invalid: [...invalid], extra };
}

/** How a download is asked for: a byte-order mark (on unless bom=0) and, for a chart, which rows. */
export interface ExportParams {
  bom: boolean;
  /** view=current: the rows as the view shows them, instead of the chart's full data. */
  current: boolean;
  /** An election revision to export (results.csv); null for the newest. */
  asOf: string | null;
  /** The language of a CSV's label column, as asked (checked by the route); null for English. */
  lang: string | null;
}

/** Reads the export options of a download route; unknown values mean the default. */
export function parseExportParams(query: QueryInput): ExportParams {
  const pairs = toQueryPairs(query);
  const first = (key: string) => pairs.find(([k]) => k === key)?.[1] ?? null;
  return {
    bom: first("bom") !== "0",
    current: first("view") === "current",
    asOf: first("asOf"),
    lang: first("lang"),
  };
}
