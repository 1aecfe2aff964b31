import { DEFAULT_CHART_PARAMS, toQueryString, type ChartParams } from "../charts/view/url-codec";
import { siteUrl } from "../site";

/**
 * Where a stable datapackage.json points its resource. A relative path resolves against the
 * descriptor's own URL, so the plain chart CSV is just "data.csv"; anything with a query, or not
 * beside the descriptor, gets an absolute URL, since the standard forbids "..". Queries are written
 * by the URL codec, so they name the view in its canonical form; the byte-order mark stays on, as the
 * descriptor's size and hash describe the file with it.
 */
export function chartCsvPath(id: string, params: ChartParams, current: boolean): string {
  const query = toQueryString(params, current ? [["view", "current"]] : []);
  if (!query) return "data.csv";
  return `${siteUrl()}/api/charts/${encodeURIComponent(id)}/data.csv${query}`;
}

export function figuresCsvUrl(): string {
  return `${siteUrl()}/api/figures.csv`;
}

/** Pinned to the revision described, so a release arriving in between cannot swap the data. */
export function electionCsvUrl(id: string, revisionId: string): string {
  const query = toQueryString({ ...DEFAULT_CHART_PARAMS, asOf: revisionId });
  return `${siteUrl()}/api/elections/${encodeURIComponent(id)}/results.csv${query}`;
}

export function regionalCsvUrl(): string {
  return `${siteUrl()}/api/regions/turnout.csv`;
}

/** The English CSV each of these packages describes: its size and hash are of that file. */
export function checkCsvUrl(id: string): string {
  return `${siteUrl()}/api/checks/${encodeURIComponent(id)}/data.csv`;
}

export function observersCsvUrl(): string {
  return `${siteUrl()}/api/observers.csv`;
}
