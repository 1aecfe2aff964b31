import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../../test/data-dir";
import type { DashboardData } from "../../data/loader";
import { readDataDir } from "../../data/store";
import { toDashboardData } from "../../data/dashboard-data";
import { toDrawable } from "./model";
import { CHART_REGISTRY, findChartSpec, toViewOptions } from "./registry";

let data: DashboardData;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  data = toDashboardData(result.data, "en");
});

describe("CHART_REGISTRY", () => {
  it("has unique ids, and every chart builds with a title, rows and a table", () => {
    const ids = CHART_REGISTRY.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const spec of CHART_REGISTRY) {
      const model = spec.build(data);
      expect(model?.id, spec.id).toBe(spec.id);
      expect(model!.title.length).toBeGreaterThan(0);
      expect(model!.rows.length).toBeGreaterThan(0);
      expect(model!.table[0]?.key).toBe(model!.indexKey);
    }
  });

  it("pins a revision: the preliminary 2022 result has Tokayev one vote lower", () => {
    const spec = findChartSpec("kz-2022-results")!;
    const prelim = spec.build(data, "2022-11-21T1200-preliminary")!;
    expect(prelim.status?.status).toBe("preliminary");
    expect(prelim.rows.find((r) => r.id === "tokayev")?.votes).toBe(6456392);
    expect(spec.build(data)!.rows.find((r) => r.id === "tokayev")?.votes).toBe(6456393);
  });

  it("cuts the turnout series at a pinned release", () => {
    const model = findChartSpec("kz-2022-turnout-intraday")!.build(
      data,
      "2022-11-20T1405-preliminary",
    )!;
    expect(model.rows.map((r) => r.release)).toEqual(["10:05", "12:05", "14:05"]);
    expect(model.summary).toMatch(
      /^National turnout rose from 23\.37% at 10:05 to 51\.16% \(14:05\)\./,
    );
  });

  it("describes the day's first release on its own, without a rise", () => {
    const model = findChartSpec("kz-2022-turnout-intraday")!.build(
      data,
      "2022-11-20T1005-preliminary",
    )!;
    expect(model.summary).toMatch(
      /^National turnout was 23\.37% at 10:05, the first release of the day\./,
    );
    expect(model.summary).not.toContain("rose");
  });

  it("offers only the view options a chart supports", () => {
    const spec = findChartSpec("kz-2022-turnout-intraday")!;
    const options = toViewOptions(spec, spec.build(data)!);
    expect(options.types).toEqual(["lines", "table"]);
    expect(options.showIds).toHaveLength(20);
    expect(options.highlightIds).toContain("almaty-city");
    expect(options.revisionIds).toHaveLength(8);
    const electorate = findChartSpec("kz-2022-electorate")!;
    expect(toViewOptions(electorate, electorate.build(data)!).highlightIds).toEqual([]);
  });

  it("sends the browser what it draws with, not the provenance", () => {
    const model = findChartSpec("kz-2022-turnout-regions")!.build(data)!;
    const drawable = toDrawable(model);
    expect(drawable.rows).toBe(model.rows);
    expect(drawable.summary).toBe(model.summary);
    for (const key of ["sourceIds", "revisions", "status", "datasetId", "subtitle", "highlight"])
      expect(drawable).not.toHaveProperty(key);
  });
});
