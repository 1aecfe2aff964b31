import { siteUrl } from "./site";

/**
 * Where a stable datapackage.json points its resource. A relative path resolves against the
 * descriptor's own URL, so the plain chart CSV is just "data.csv"; anything with a query, or not
 * beside the descriptor, gets an absolute URL, since the standard forbids "..".
 */
export function chartCsvPath(id: string, query: URLSearchParams): string {
  // The descriptor's size and hash are of the CSV with its byte-order mark, the default.
  const forwarded = new URLSearchParams([...query].filter(([k]) => k !== "bom")).toString();
  if (!forwarded) return "data.csv";
  return `${siteUrl()}/api/charts/${encodeURIComponent(id)}/data.csv?${forwarded}`;
}

export function figuresCsvUrl(): string {
  return `${siteUrl()}/api/figures.csv`;
}

/** Pinned to the revision described, so a release arriving in between cannot swap the data. */
export function electionCsvUrl(id: string, revisionId: string): string {
  return `${siteUrl()}/api/elections/${encodeURIComponent(id)}/results.csv?asOf=${encodeURIComponent(revisionId)}`;
}
