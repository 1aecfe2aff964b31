import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";

/**
 * What a page tells link previews, search engines and feed readers, read from the served <head>:
 * Open Graph on every kind of page, JSON-LD's coverage on chart and region pages, and the change
 * log's Atom feed.
 */

const LOCALES = ["kk", "ru", "en"] as const;
/** A region's page: the first unit of data/units.json. */
const REGION = (
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, "..", "data", "units.json"), "utf8"),
  ) as { units: { id: string }[] }
).units[0]!.id;

const PAGE_TYPES = [
  "",
  "/charts/kz-2019-vs-2022",
  `/regions/${REGION}`,
  "/changes",
  "/checks/turnout",
  "/observers",
];

/** The content of each <meta property=…> in a page's HTML, in order. */
function metaOf(html: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of html.matchAll(/<meta property="([^"]+)" content="([^"]*)"/g))
    out.set(m[1]!, [...(out.get(m[1]!) ?? []), m[2]!]);
  return out;
}

function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
}

test("every kind of page gives previews its address, site, image size and alt, and its other languages", async ({
  request,
}) => {
  for (const locale of LOCALES)
    for (const rest of PAGE_TYPES) {
      const where = `/${locale}${rest}`;
      const html = await (await request.get(where)).text();
      const meta = metaOf(html);
      expect(new URL(meta.get("og:url")![0]!).pathname, where).toBe(where);
      expect(meta.get("og:site_name")?.[0], where).toBeTruthy();
      expect(meta.get("og:image:width"), where).toEqual(["1200"]);
      expect(meta.get("og:image:height"), where).toEqual(["630"]);
      expect(meta.get("og:image:alt")?.[0]?.length, where).toBeGreaterThan(10);
      expect(meta.get("og:locale:alternate")?.length, where).toBe(LOCALES.length - 1);
    }
});

test("a chart without a dataset and a region's page say what period and place they cover", async ({
  request,
}) => {
  const chart = jsonLdOf(await (await request.get("/ru/charts/kz-2019-vs-2022")).text());
  // Hand-checked: the chart compares the 2019 and 2022 presidential elections (9 June 2019,
  // 20 November 2022), as data/datasets/*-presidential/meta.json date them.
  expect(chart[0]).toMatchObject({ "@type": "Dataset", temporalCoverage: "2019-06-09/2022-11-20" });

  const region = jsonLdOf(await (await request.get(`/kk/regions/${REGION}`)).text())[0]!;
  const place = region.about as { "@type": string; name: string; alternateName: string[] };
  expect(place["@type"]).toBe("AdministrativeArea");
  // The name in Kazakh, and in Russian and English as alternates: three different spellings.
  expect(new Set([place.name, ...place.alternateName]).size).toBe(3);
  const rows = region.mainEntity as Record<string, unknown>;
  expect(rows).toMatchObject({ "@type": "Dataset", inLanguage: "kk" });
  expect(rows.temporalCoverage).toMatch(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/);
  const csv = (rows.distribution as { contentUrl: string }[])[0]!.contentUrl;
  expect((await request.get(new URL(csv).pathname)).status()).toBe(200);
});

test("the change log links its Atom feed, which has an entry for each change on the page", async ({
  request,
}) => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === "entry" });
  for (const locale of LOCALES) {
    const html = await (await request.get(`/${locale}/changes`)).text();
    const href = /<link rel="alternate" type="application\/atom\+xml" href="([^"]+)"/.exec(
      html,
    )?.[1];
    expect(href, locale).toBeTruthy();
    const url = new URL(href!.replace(/&amp;/g, "&"), "http://localhost");
    const res = await request.get(url.pathname + url.search);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toMatch(/^application\/atom\+xml/);
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = (parser.parse(xml) as { feed: { "@_xml:lang": string; entry: { id: string }[] } })
      .feed;
    expect(feed["@_xml:lang"]).toBe(locale);
    const anchors = [...html.matchAll(/<li[^>]* id="(change-[^"]+)"/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThan(0);
    expect(feed.entry.map((e) => e.id.split("#")[1])).toEqual(anchors);
  }
});
