import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../../test/data-dir";
import { toDashboardData } from "../../data/dashboard-data";
import { latestRevision, type DataSet } from "../../data/dataset";
import { readDataDir } from "../../data/store";
import { EXIT_POLLS_CHART_ID, OFFICIAL_ROW_ID } from "./exit-poll-chart";
import { findChartSpec } from "./registry";

let data: DataSet;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  data = result.data;
});

const build = (locale: "en" | "ru" | "kk") =>
  findChartSpec(EXIT_POLLS_CHART_ID)!.build(toDashboardData(data, locale))!;

describe("the 2022 exit polls chart", () => {
  it("takes the official share from the election's final revision, not from the polls file", () => {
    const e = data.elections.find((x) => x.meta.id === "kz-2022-presidential")!;
    const final = latestRevision(e.revisions);
    const official = build("en").rows.find((r) => r.id === OFFICIAL_ROW_ID)!;
    expect(official.share).toBe(final.results.find((r) => r.option === "tokayev")!.share);
    expect(official.turnout).toBe(final.turnout.percent);
  });

  it("gives each poll's difference from the official share in points", () => {
    // By hand: 82.45 − 81.31 = 1.14, 85.52 − 81.31 = 4.21, 82.02 − 81.31 = 0.71.
    const diffs = Object.fromEntries(build("en").rows.map((r) => [r.id, r.diff]));
    expect(diffs).toEqual({
      "kz-2022-open-society": 1.14,
      "kz-2022-amanat-public-policy": 4.21,
      "kz-2022-socis-a": 0.71,
      [OFFICIAL_ROW_ID]: null,
    });
  });

  it("lists every option of the ballot in its table, and one row per poll and the result", () => {
    const e = data.elections.find((x) => x.meta.id === "kz-2022-presidential")!;
    const m = build("ru");
    const keys = m.table.map((c) => c.key);
    for (const o of e.meta.options.filter((x) => x.id !== "tokayev"))
      expect(keys, o.id).toContain(o.id);
    expect(m.rows).toHaveLength(data.exitPolls.polls.length + 1);
  });

  it("names the pollsters in each language from the data", () => {
    for (const locale of ["en", "ru", "kk"] as const) {
      const names = build(locale).rows.map((r) => r.source);
      for (const p of data.exitPolls.pollsters) expect(names).toContain(p.shortName[locale]);
    }
  });
});
