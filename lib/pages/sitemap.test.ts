import { describe, expect, it } from "vitest";

import { sitePages, toSitemap } from "./sitemap";

describe("the sitemap", () => {
  const entries = toSitemap("https://example.kz", sitePages(["kz-2022-results"], ["abai"]));

  it("lists each page in each language, with the other two as its alternates", () => {
    const urls = entries.map((e) => e.url);
    for (const l of ["kk", "ru", "en"]) {
      expect(urls).toContain(`https://example.kz/${l}`);
      expect(urls).toContain(`https://example.kz/${l}/charts/kz-2022-results`);
      expect(urls).toContain(`https://example.kz/${l}/regions/abai`);
      expect(urls).toContain(`https://example.kz/${l}/observers`);
    }
    // Home, one chart, one region and six pages about the figures, in three languages.
    expect(urls).toHaveLength(9 * 3);
    expect(new Set(urls).size).toBe(urls.length);
    const chart = entries.find((e) => e.url === "https://example.kz/ru/charts/kz-2022-results")!;
    expect(chart.alternates?.languages).toEqual({
      kk: "https://example.kz/kk/charts/kz-2022-results",
      ru: "https://example.kz/ru/charts/kz-2022-results",
      en: "https://example.kz/en/charts/kz-2022-results",
    });
  });

  it("names no anchor, query or embed: one address per page", () => {
    for (const { url } of entries) expect(url).not.toMatch(/[#?]|\/embed\//);
  });
});
