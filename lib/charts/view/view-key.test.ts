import { describe, expect, it } from "vitest";

import { DEFAULT_CHART_PARAMS } from "./url-codec";
import { fetchChartViewByKey, viewKeyFor } from "./fetch-view";
import { fromViewKey, toViewKey } from "./view-key";

const RESULTS = "kz-2022-results";

describe(toViewKey, () => {
  it("is empty for the default view, which is the chart's own page", () => {
    expect(toViewKey(DEFAULT_CHART_PARAMS, [])).toBe("");
  });

  it("is a path-safe segment that gives back the canonical query and the keys not understood", () => {
    const key = toViewKey({ ...DEFAULT_CHART_PARAMS, type: "table", sort: "desc" }, ["measure"]);
    expect(key).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromViewKey(key)).toEqual({ query: "type=table&sort=desc", invalid: ["measure"] });
    // Only invalid keys: a view of its own (it carries a notice), not the default page.
    const notice = toViewKey(DEFAULT_CHART_PARAMS, ["type"]);
    expect(notice).not.toBe("");
    expect(fromViewKey(notice)).toEqual({ query: "", invalid: ["type"] });
  });
});

describe(fromViewKey, () => {
  it("refuses what toViewKey never makes", () => {
    for (const key of ["", "a/b", "a.b", "a%20b", "x".repeat(2001)])
      expect(fromViewKey(key), key).toBeNull();
    // Names that are not chart keys are dropped from the invalid list.
    const forged = Buffer.from("type=table&~invalid=evil,sort").toString("base64url");
    expect(fromViewKey(forged)).toEqual({ query: "type=table", invalid: ["sort"] });
  });
});

describe(viewKeyFor, () => {
  it("gives unknown, reordered and repeated parameters the key of the view they mean", async () => {
    const key = await viewKeyFor(RESULTS, "type=table&sort=desc");
    expect(key).toBeTruthy();
    for (const q of [
      "sort=desc&type=table",
      "utm_source=news&sort=desc&fbclid=1&type=table",
      "_rsc=abc&type=table&sort=desc",
    ])
      expect(await viewKeyFor(RESULTS, q), q).toBe(key);
    // Unknown parameters alone, or a default written out, are the default view.
    expect(await viewKeyFor(RESULTS, "cb=123")).toBe("");
    expect(await viewKeyFor(RESULTS, "type=bars")).toBe("");
    expect(await viewKeyFor("no-such-chart", "type=table")).toBeUndefined();
  });

  it("collapses every unreadable value of a key into one key that reports it", async () => {
    const a = await viewKeyFor(RESULTS, "type=pie");
    expect(await viewKeyFor(RESULTS, "type=donut")).toBe(a);
    expect(await viewKeyFor(RESULTS, `type=${"x".repeat(500)}`)).toBe(a);
    expect(fromViewKey(a!)).toEqual({ query: "", invalid: ["type"] });
  });
});

describe(fetchChartViewByKey, () => {
  it("builds the view a key names, with the original link's unreadable keys reported", async () => {
    const key = await viewKeyFor(RESULTS, "type=table&measure=bogus");
    const view = await fetchChartViewByKey(RESULTS, key, "en");
    expect(view?.params.type).toBe("table");
    expect(view?.invalid).toEqual(["measure"]);
    expect(view?.extra).toEqual([]);
    expect(await fetchChartViewByKey(RESULTS, "not/a/key", "en")).toBeUndefined();
    expect((await fetchChartViewByKey(RESULTS, undefined, "en"))?.params).toEqual(
      DEFAULT_CHART_PARAMS,
    );
  });
});
