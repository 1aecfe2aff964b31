import { CHART_PARAM_KEYS, serializeChartParams, type ChartParams } from "./url-codec";

/**
 * A chart view as one path segment, so Next.js can cache each view of a chart as its own ISR page
 * (`/charts/<id>/view/<key>`), which a query string would not allow. proxy.ts makes the key from a
 * validated view, so unknown, repeated or reordered parameters and unreadable values all land on the
 * same few keys: the cache cannot be multiplied by inventing query strings.
 *
 * The key is the view's canonical query string, plus the names of the keys that were not understood
 * (the page says so), in base64url.
 */

type Key = (typeof CHART_PARAM_KEYS)[number];
const INVALID = "~invalid";

/** "" for the default view with nothing to report: that view is the chart's own page. */
export function toViewKey(params: ChartParams, invalid: readonly Key[]): string {
  const query = new URLSearchParams(serializeChartParams(params));
  const named = CHART_PARAM_KEYS.filter((k) => invalid.includes(k));
  if (named.length) query.append(INVALID, named.join(","));
  const text = query.toString();
  return text ? Buffer.from(text, "utf8").toString("base64url") : "";
}

/** The query and the invalid keys a view key holds; null when it is not a key toViewKey makes. */
export function fromViewKey(key: string): { query: string; invalid: Key[] } | null {
  if (!/^[A-Za-z0-9_-]{1,2000}$/.test(key)) return null;
  const query = new URLSearchParams(Buffer.from(key, "base64url").toString("utf8"));
  const invalid = (query.get(INVALID) ?? "")
    .split(",")
    .filter((k): k is Key => (CHART_PARAM_KEYS as readonly string[]).includes(k));
  query.delete(INVALID);
  return { query: query.toString(), invalid };
}
