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

export function ogImagePath(id: string, query = ""): string {
  return `/api/og/${encodeURIComponent(id)}${query}`;
}
