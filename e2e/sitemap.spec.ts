import { expect, test } from "@playwright/test";

import { CHART_REGISTRY } from "../lib/charts/model/registry";
import { TILE_GRID } from "../lib/charts/model/tile-grid";

/** The <loc> addresses of a sitemap, in order. */
const locsOf = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

test("robots.txt names the sitemap, and the sitemap lists every chart and region page in three languages, each answering", async ({
  request,
}) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^User-Agent: \*$/m);
  // The site's address (SITE_URL, here unset: localhost and the port), as every absolute link names it.
  const sitemapUrl = new URL(/^Sitemap: (\S+)$/m.exec(robots)![1]!);
  expect(sitemapUrl.pathname).toBe("/sitemap.xml");
  const baseURL = sitemapUrl.origin;

  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("xml");
  const xml = await response.text();
  const locs = locsOf(xml);
  for (const l of ["kk", "ru", "en"]) {
    expect(locs).toContain(`${baseURL}/${l}`);
    for (const { id } of CHART_REGISTRY) expect(locs).toContain(`${baseURL}/${l}/charts/${id}`);
    for (const id of Object.keys(TILE_GRID))
      expect(locs).toContain(`${baseURL}/${l}/regions/${id}`);
  }
  // Each entry names its page in the three languages.
  expect(xml).toContain(
    `<xhtml:link rel="alternate" hreflang="kk" href="${baseURL}/kk/charts/kz-polling-stations" />`,
  );
  // Every address is a page that answers, not a redirect or an error.
  for (const loc of locs) {
    expect(loc.startsWith(`${baseURL}/`), loc).toBe(true);
    const page = await request.get(new URL(loc).pathname, { maxRedirects: 0 });
    expect(page.status(), loc).toBe(200);
  }
});
