import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../test/data-dir";
import { chartCoverage } from "../charts/model/coverage";
import { CHART_REGISTRY, findChartSpec } from "../charts/model/registry";
import { isValidPeriod } from "../data/period";
import { toDashboardData } from "../data/dashboard-data";
import type { DataSet } from "../data/dataset";
import type { DashboardData } from "../data/loader";
import { LOCALES } from "../i18n/locale";
import { siteNameIn } from "../i18n/site-name";
import { readDataDir } from "../data/store";
import { serializeJsonLd, toChartDatasetJsonLd, toDashboardDatasetJsonLd } from "./json-ld";
import { toChangesPageJsonLd, toRegionPageJsonLd } from "./page-citation";

let data: DashboardData;
let raw: DataSet;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  raw = result.data;
  data = toDashboardData(result.data, "en");
});

const links = {
  url: "https://example.org/charts/kz-2022-results",
  home: "https://example.org/",
  csv: "https://example.org/api/charts/kz-2022-results/data.csv",
  datapackage: "https://example.org/api/charts/kz-2022-results/datapackage.json",
  zip: "https://example.org/api/charts/kz-2022-results/download.zip",
};

describe(toChartDatasetJsonLd, () => {
  it("describes a chart as a schema.org Dataset with what dataset search requires", () => {
    const model = findChartSpec("kz-2022-results")!.build(data)!;
    const sources = data.sources.filter((s) => model.sourceIds.includes(s.id));
    const ld = toChartDatasetJsonLd(model, sources, model.status!.asOf, links, undefined);
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld["@type"]).toBe("Dataset");
    expect(ld.name).toBe(model.title);
    // Google's Dataset guidelines: a description of 50 to 5,000 characters, a licence, a creator.
    expect((ld.description as string).length).toBeGreaterThanOrEqual(50);
    expect((ld.description as string).length).toBeLessThanOrEqual(5000);
    expect(ld.license).toBe("https://creativecommons.org/licenses/by/4.0/");
    expect(ld.creator).toMatchObject({
      "@type": "Organization",
      name: "Kazakhstan 2022 in figures",
    });
    expect(ld.dateModified).toBe(model.status!.asOf);
    expect(ld.identifier).toBe(`kz-2022-results/${model.status!.revisionId}`);
    expect(ld.isBasedOn).toHaveLength(sources.length);
    expect((ld.distribution as { contentUrl: string }[]).map((d) => d.contentUrl)).toEqual([
      links.csv,
      links.datapackage,
      links.zip,
    ]);
    expect(ld.variableMeasured).toContainEqual({
      "@type": "PropertyValue",
      name: expect.stringMatching(/votes/i),
      unitText: "votes",
    });
  });

  it("describes charts of article figures without a revision", () => {
    const model = findChartSpec("economy-money")!.build(data)!;
    const ld = toChartDatasetJsonLd(model, [], "2022-11-22T12:00:00+06:00", links, undefined);
    expect(ld).not.toHaveProperty("version");
    expect(ld.identifier).toBe("economy-money");
  });
});

describe("a chart's temporalCoverage", () => {
  it("is an ISO 8601 date or interval for every registered chart", () => {
    for (const spec of CHART_REGISTRY) {
      const model = spec.build(data)!;
      const ld = toChartDatasetJsonLd(model, [], "2024-01-01", links, chartCoverage(model, data));
      expect(ld.temporalCoverage, spec.id).toBeDefined();
      expect(isValidPeriod(ld.temporalCoverage as string), spec.id).toBe(true);
    }
  });

  it("comes from the data: a vote's day, both votes compared, the figures' periods", () => {
    const day = (id: string) => data.elections.find((e) => e.meta.id === id)!.meta.electionDate;
    const coverageOf = (id: string) => chartCoverage(findChartSpec(id)!.build(data)!, data);
    expect(coverageOf("kz-2022-results")).toBe(day("kz-2022-presidential"));
    expect(coverageOf("kz-2022-turnout-intraday")).toBe(day("kz-2022-presidential"));
    expect(coverageOf("kz-2019-vs-2022")).toBe(
      `${day("kz-2019-presidential")}/${day("kz-2022-presidential")}`,
    );
    expect(coverageOf("kz-2023-mazhilis-exit-polls")).toBe(day("kz-2023-mazhilis"));
    // Hand-checked in data/figures.json: the campaign figures all describe the day the headquarters
    // opened, so their span is that one day.
    const periods = new Set(
      findChartSpec("campaign-members")!
        .draft(data)!
        .rows.map((r) => data.figures.find((f) => f.id === r.figureId)?.period),
    );
    expect(periods.size).toBe(1);
    expect(coverageOf("campaign-members")).toBe([...periods][0]);
  });
});

describe(toDashboardDatasetJsonLd, () => {
  it("lists the charts as parts and covers the elections' dates", () => {
    const ld = toDashboardDatasetJsonLd({
      title: "T",
      description: "D",
      revisionDate: "2023-03-27T12:00:00+05:00",
      temporalCoverage: "2019-06-09/2023-03-19",
      article: data.sources[0],
      charts: [{ title: "A", url: "https://example.org/charts/a" }],
      links,
      locale: "en",
    });
    expect(ld.hasPart).toEqual([
      { "@type": "Dataset", name: "A", url: "https://example.org/charts/a" },
    ]);
    expect(ld.temporalCoverage).toBe("2019-06-09/2023-03-19");
  });
});

describe(serializeJsonLd, () => {
  it("cannot close its script element, and still parses to the same data", () => {
    const data = { "@type": "Dataset", name: "</script><script>alert(1)</script>" };
    const text = serializeJsonLd(data);
    expect(text).not.toContain("</");
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe("JSON-LD in each language", () => {
  it("gives a chart's and the dashboard's page language as inLanguage, and the site's name in it", () => {
    for (const locale of LOCALES) {
      const local = toDashboardData(raw, locale);
      const model = findChartSpec("kz-2022-results")!.build(local)!;
      const chart = toChartDatasetJsonLd(model, [], model.status!.asOf, links, undefined);
      const dashboard = toDashboardDatasetJsonLd({
        title: "T",
        description: "D",
        revisionDate: "2023-03-27T12:00:00+05:00",
        temporalCoverage: "",
        article: undefined,
        charts: [],
        links,
        locale,
      });
      for (const ld of [chart, dashboard]) {
        expect(ld.inLanguage).toBe(locale);
        expect(ld.creator).toMatchObject({ name: siteNameIn(locale) });
      }
    }
  });

  it("says the change log and a region's page are in the page's language", () => {
    for (const locale of LOCALES) {
      expect(toChangesPageJsonLd(locale).inLanguage).toBe(locale);
      const region = toRegionPageJsonLd({ id: "zhetysu", name: "N" }, "S", locale);
      expect(region).toMatchObject({ "@type": "WebPage", inLanguage: locale });
      expect(region.url).toMatch(new RegExp(`/${locale}/regions/zhetysu$`));
    }
  });

  it("names each work as the page does, with the work's own language", () => {
    const model = findChartSpec("kz-2022-results")!.build(data)!;
    for (const locale of ["ru", "kk"] as const) {
      const sources = toDashboardData(raw, locale).sources.filter((s) =>
        model.sourceIds.includes(s.id),
      );
      const ld = toChartDatasetJsonLd(model, sources, model.status!.asOf, links, undefined);
      expect(ld.isBasedOn).toEqual(
        sources.map((s) =>
          expect.objectContaining({
            name: s.title,
            inLanguage: s.language,
            publisher: { "@type": "Organization", name: s.publisher },
          }),
        ),
      );
    }
  });
});
