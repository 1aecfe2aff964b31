import { beforeAll, describe, expect, it } from "vitest";

import { realDataInEveryLanguage } from "../../../test/localized-data";
import type { DashboardData } from "../../data/loader";
import { formatNumber } from "../../format";
import { applyView } from "../view/apply-view";
import { DEFAULT_CHART_PARAMS } from "../view/url-codec";
import { toHeadline } from "./headline";
import { findChartSpec } from "./registry";

let data: DashboardData;
beforeAll(async () => {
  data = (await realDataInEveryLanguage()).ru;
});

describe(toHeadline, () => {
  it("leads a line chart with the highlighted unit's newest figure, named, not the country's", () => {
    const model = findChartSpec("kz-2022-turnout-intraday")!.build(data)!;
    const unit = "north-kazakhstan";
    const view = applyView(model, { ...DEFAULT_CHART_PARAMS, show: [unit], highlight: unit });
    const series = model.series.find((s) => s.key === unit)!;
    const newest = [...model.rows].reverse().find((r) => typeof r[unit] === "number")!;
    expect(toHeadline(view)).toEqual({
      label: `${series.label}, ${String(newest[model.indexKey])}`,
      value: formatNumber(newest[unit] as number, model.unit, model.decimals, "ru"),
    });
    // Without a highlight the country's line leads, as before.
    expect(toHeadline(model)?.label).not.toContain(series.label);
  });
});
