/** The public address of the site, for canonical URLs, previews and embed codes. */
export function siteUrl(): string {
  const raw = process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`;
  return raw.replace(/\/+$/, "");
}

export function chartPath(id: string, query = ""): string {
  return `/charts/${encodeURIComponent(id)}${query}`;
}

export function embedPath(id: string, query = ""): string {
  return `/embed/${encodeURIComponent(id)}${query}`;
}

/** A region's or city's own page. */
export function regionPath(id: string): string {
  return `/regions/${encodeURIComponent(id)}`;
}

export function ogImagePath(id: string, query = ""): string {
  return `/api/og/${encodeURIComponent(id)}${query}`;
}

/** The product's short name (previews, citations, data packages) and its full title and summary. */
export const SITE_NAME = "Kazakhstan 2022 in figures";
export const SITE_TITLE = "Kazakhstan 2022: election results and figures";
export const SITE_DESCRIPTION =
  "Results of Kazakhstan's 2022 presidential election, turnout through election day, the 2019 and 2023 votes, and the figures of the 2022 political year, each traced to its source.";
