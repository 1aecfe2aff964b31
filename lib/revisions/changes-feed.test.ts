import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../test/data-dir";
import { escapeXml, toChangesFeed } from "./changes-feed";
import { toDashboardData } from "../data/dashboard-data";
import type { DataSet } from "../data/dataset";
import { readDataDir } from "../data/store";
import { LOCALES } from "../i18n/locale";

let data: DataSet;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  data = result.data;
});

interface Entry {
  id: string;
  title: string;
  updated: string;
  summary: { "#text": string };
  link: { "@_href": string };
}

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" });
const parse = (xml: string) =>
  parser.parse(xml) as {
    feed: { "@_xml:lang": string; entry: Entry[]; link: { "@_href": string; "@_rel": string }[] };
  };

describe(toChangesFeed, () => {
  it("is well-formed Atom with one entry per revision after each dataset's first", () => {
    const datasets = [...data.elections, ...data.turnouts];
    // Each revision but a dataset's first is a change from the one before it.
    const expected = datasets.flatMap((d) =>
      d.revisions.slice(1).map((r) => new Date(r.asOf).getTime()),
    );
    expect(expected.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      const xml = toChangesFeed(toDashboardData(data, locale), "https://example.org");
      expect(XMLValidator.validate(xml), locale).toBe(true);
      const { feed } = parse(xml);
      expect(feed["@_xml:lang"]).toBe(locale);
      expect(feed.entry).toHaveLength(expected.length);
      expect(feed.entry.map((e) => new Date(e.updated).getTime()).sort()).toEqual(
        [...expected].sort(),
      );
      // Ids are the entries' permalinks: unique, and anchors of the page in this language.
      expect(new Set(feed.entry.map((e) => e.id)).size).toBe(expected.length);
      for (const e of feed.entry) {
        expect(e.id.startsWith(`https://example.org/${locale}/changes#change-`)).toBe(true);
        expect(e.link["@_href"]).toBe(e.id);
        expect(e.title.length).toBeGreaterThan(10);
        expect(e.summary["#text"].length).toBeGreaterThan(0);
      }
    }
  });

  it("is in the language asked for", () => {
    const titles = LOCALES.map(
      (l) =>
        parse(toChangesFeed(toDashboardData(data, l), "https://example.org")).feed.entry[0]!.title,
    );
    expect(new Set(titles).size).toBe(LOCALES.length);
    // Hand-checked: Kazakh and Russian titles are written in Cyrillic.
    expect(titles[LOCALES.indexOf("ru")]).toMatch(/[а-я]/);
    expect(titles[LOCALES.indexOf("kk")]).toMatch(/[а-яәіңғүұқөһ]/);
  });

  it("escapes markup in text and attributes", () => {
    const site = `https://example.org/a?x=1&y="<2>"`;
    const xml = toChangesFeed(toDashboardData(data, "en"), site);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = parse(xml);
    expect(feed.link.find((l) => l["@_rel"] === "alternate")!["@_href"]).toBe(`${site}/en/changes`);
    expect(feed.entry[0]!.id.startsWith(`${site}/en/changes#`)).toBe(true);
    expect(escapeXml(`a & <b> "c" 'd'`)).toBe("a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;");
  });
});
