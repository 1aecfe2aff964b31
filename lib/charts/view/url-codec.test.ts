import { describe, expect, it } from "vitest";

import {
  DEFAULT_CHART_PARAMS,
  parseChartParams,
  serializeChartParams,
  parseExportParams,
  toQueryString,
  type ChartParams,
} from "./url-codec";
import type { ChartViewOptions } from "../model/view-types";

function options(overrides: Partial<ChartViewOptions> = {}): ChartViewOptions {
  return {
    types: ["bars", "columns", "table"],
    sorts: ["data", "desc", "asc", "alpha"],
    measures: ["share", "votes"],
    highlightIds: ["tokayev", "against-all"],
    showIds: ["abai", "akmola", "astana"],
    revisionIds: ["2022-11-21T1200-preliminary", "2022-11-22T1200-final"],
    releaseIds: ["1005", "1405", "2200", "final"],
    voteIds: ["kz-2022-presidential", "kz-2019-presidential", "kz-2023-mazhilis"],
    releaseIdsByVote: {
      "kz-2022-presidential": ["1005", "1405", "2200", "final"],
      "kz-2019-presidential": ["1800", "2000"],
      "kz-2023-mazhilis": ["1810", "2010", "2210"],
    },
    // The law's threshold first: it is the default.
    thresholdIds: ["5", "2", "3", "4", "6", "7"],
    ...overrides,
  };
}

function params(overrides: Partial<ChartParams> = {}): ChartParams {
  return { ...DEFAULT_CHART_PARAMS, ...overrides };
}

describe(serializeChartParams, () => {
  it("writes the default view as an empty query", () => {
    expect(serializeChartParams(DEFAULT_CHART_PARAMS)).toBe("");
    expect(toQueryString(DEFAULT_CHART_PARAMS)).toBe("");
  });

  it("writes keys in a fixed order whatever the object order, then foreign keys", () => {
    const p = {
      asOf: "2022-11-21T1200-preliminary",
      highlight: "tokayev",
      type: "table",
      sort: "desc",
      measure: "votes",
      show: null,
      vote: null,
      release: "1405",
      compare: null,
      threshold: "7",
    } as const;
    expect(serializeChartParams(p, [["utm_source", "x"]])).toBe(
      "type=table&sort=desc&measure=votes&highlight=tokayev&asOf=2022-11-21T1200-preliminary&release=1405&threshold=7&utm_source=x",
    );
  });

  it("writes an empty selection as none", () => {
    expect(serializeChartParams(params({ show: [] }))).toBe("show=none");
  });
});

describe(parseChartParams, () => {
  it.each<[string, ChartParams]>([
    ["type=table", params({ type: "table" })],
    ["sort=alpha&measure=votes", params({ sort: "alpha", measure: "votes" })],
    ["highlight=against-all", params({ highlight: "against-all" })],
    ["show=abai%2Castana", params({ show: ["abai", "astana"] })],
    ["show=none", params({ show: [] })],
    ["asOf=2022-11-21T1200-preliminary", params({ asOf: "2022-11-21T1200-preliminary" })],
    ["release=1005", params({ release: "1005" })],
    ["type=table&release=2200", params({ type: "table", release: "2200" })],
    ["threshold=7", params({ threshold: "7" })],
  ])("round-trips %s", (query, expected) => {
    const parsed = parseChartParams(query, options());
    expect(parsed).toEqual({ params: expected, invalid: [], extra: [] });
    expect(serializeChartParams(parsed.params)).toBe(query);
    expect(parseChartParams(serializeChartParams(expected), options()).params).toEqual(expected);
  });

  it("treats a value equal to the chart's default as the default", () => {
    expect(
      parseChartParams(
        "type=bars&sort=data&measure=share&show=abai,akmola,astana&release=final&threshold=5",
        options(),
      ),
    ).toEqual({
      params: DEFAULT_CHART_PARAMS,
      invalid: [],
      extra: [],
    });
  });

  it("orders a selection as the chart does", () => {
    expect(parseChartParams("show=astana,abai", options()).params.show).toEqual(["abai", "astana"]);
  });

  it.each([
    "type=pie",
    "sort=random",
    "measure=seats",
    "highlight=nobody",
    "show=abai,mars",
    "asOf=2030-01-01",
    "release=1300",
    "release=2022-11-20T1405-preliminary",
    "release=FINAL",
    "type=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    `highlight=${"x".repeat(5000)}`,
    "type=",
    "threshold=8",
    "threshold=7.0",
    "threshold=-5",
    "threshold=abc",
  ])("falls back to the default for %s and says so", (query) => {
    const parsed = parseChartParams(query, options());
    expect(parsed.params).toEqual(DEFAULT_CHART_PARAMS);
    expect(parsed.invalid).toEqual([query.split("=")[0]]);
  });

  it("keeps the first of repeated keys and flags the repeat", () => {
    expect(parseChartParams("type=table&type=columns", options())).toEqual({
      params: params({ type: "table" }),
      invalid: ["type"],
      extra: [],
    });
  });

  it("keeps parameters it does not own, in order", () => {
    const parsed = parseChartParams("utm_source=news&type=table&ref=a&ref=b", options());
    expect(parsed.extra).toEqual([
      ["utm_source", "news"],
      ["ref", "a"],
      ["ref", "b"],
    ]);
    expect(serializeChartParams(parsed.params, parsed.extra)).toBe(
      "type=table&utm_source=news&ref=a&ref=b",
    );
  });

  it("rejects options the chart does not have", () => {
    const parsed = parseChartParams(
      "measure=votes&show=abai&asOf=2022-11-22T1200-final&release=1005",
      options({
        measures: [],
        showIds: [],
        revisionIds: [],
        releaseIds: [],
        voteIds: [],
        releaseIdsByVote: {},
        thresholdIds: [],
      }),
    );
    expect(parsed.params).toEqual(DEFAULT_CHART_PARAMS);
    expect(parsed.invalid.sort()).toEqual(["asOf", "measure", "release", "show"]);
    expect(parseChartParams("threshold=7", options({ thresholdIds: [] })).invalid).toEqual([
      "threshold",
    ]);
  });

  it("reads Next.js searchParams objects, arrays included", () => {
    expect(
      parseChartParams({ type: ["table", "bars"], sort: "desc", x: undefined }, options()),
    ).toEqual({
      params: params({ type: "table", sort: "desc" }),
      invalid: ["type"],
      extra: [],
    });
  });

  it("keeps only string values from a query object, whatever its keys", () => {
    const query = {
      constructor: "2",
      toString: "1",
      type: "table",
      fn: Object,
      n: 5,
    } as unknown as Record<string, string>;
    expect(parseChartParams(query, options())).toEqual({
      params: params({ type: "table" }),
      invalid: [],
      extra: [
        ["constructor", "2"],
        ["toString", "1"],
      ],
    });
  });

  it("turns garbage into the default view", () => {
    for (const garbage of ["%%%", "&&&==&", "a=1&b", "type", "type=table=bars", "\u0000=\u0000"]) {
      expect(parseChartParams(garbage, options()).params).toEqual(DEFAULT_CHART_PARAMS);
    }
  });
});

describe(parseExportParams, () => {
  it("asks for a byte-order mark, the full data and the newest revision by default", () => {
    expect(parseExportParams("")).toEqual({ bom: true, current: false, asOf: null, lang: null });
  });

  it("reads bom=0, view=current, asOf and lang, whatever else the query holds", () => {
    expect(
      parseExportParams("type=table&view=current&bom=0&asOf=2022-11-21T1200-preliminary&lang=kk"),
    ).toEqual({
      bom: false,
      current: true,
      asOf: "2022-11-21T1200-preliminary",
      lang: "kk",
    });
  });

  it("treats other values as the default and takes the first of repeated keys", () => {
    expect(parseExportParams("bom=no&view=full&view=current&lang=ru&lang=en")).toEqual({
      bom: true,
      current: false,
      asOf: null,
      lang: "ru",
    });
    expect(parseExportParams({ bom: ["0", "1"] }).bom).toBe(false);
  });
});

describe("a map's vote, release and comparison", () => {
  it("reads a release against the vote's own releases, whatever the key order", () => {
    const { params: p, invalid } = parseChartParams(
      "release=1800&vote=kz-2019-presidential",
      options(),
    );
    expect(p).toMatchObject({ vote: "kz-2019-presidential", release: "1800" });
    expect(invalid).toEqual([]);
    expect(serializeChartParams(p)).toBe("vote=kz-2019-presidential&release=1800");
  });

  it("refuses a release of another vote, and writes the default vote and newest release as nothing", () => {
    const other = parseChartParams("vote=kz-2019-presidential&release=1405", options());
    expect(other.params.release).toBeNull();
    expect(other.invalid).toEqual(["release"]);
    const defaults = parseChartParams("vote=kz-2022-presidential&release=final", options());
    expect(serializeChartParams(defaults.params)).toBe("");
    expect(defaults.invalid).toEqual([]);
  });

  it("compares two different votes only", () => {
    const ok = parseChartParams("vote=kz-2023-mazhilis&compare=kz-2019-presidential", options());
    expect(ok.params).toMatchObject({ vote: "kz-2023-mazhilis", compare: "kz-2019-presidential" });
    const self = parseChartParams("compare=kz-2022-presidential", options());
    expect(self.params.compare).toBeNull();
    expect(self.invalid).toEqual(["compare"]);
    expect(parseChartParams("compare=kz-1995", options()).invalid).toEqual(["compare"]);
  });
});
