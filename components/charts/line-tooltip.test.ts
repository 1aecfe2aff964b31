import { beforeAll, describe, expect, it } from "vitest";

import { realDataInEveryLanguage } from "../../test/localized-data";
import type { DashboardData } from "../../lib/data/loader";
import { toDrawable, type DrawableChart } from "../../lib/charts/model/model";
import { findChartSpec } from "../../lib/charts/model/registry";
import { textWidth } from "../../lib/charts/render/svg/text";
import { lineTooltipHeight, tooltipLines } from "./line-tooltip";

let ru: DashboardData;
beforeAll(async () => {
  ru = (await realDataInEveryLanguage()).ru;
});

const turnout = () => toDrawable(findChartSpec("kz-2022-turnout-intraday")!.build(ru)!);
/** A release time with every region's figure (the final release has only the country's). */
const regionalRow = (m: DrawableChart) =>
  m.rows.find((r) => m.series.every((s) => typeof r[s.key] === "number"))![m.indexKey] as string;

describe(tooltipLines, () => {
  it("says the time, the hovered region, the country and the two extremes of a row", () => {
    const m = turnout();
    const region = m.series.find((s) => s.muted)!;
    const lines = tooltipLines(m, regionalRow(m), region.key);
    expect(lines.map((l) => l.kind)).toEqual(["time", "hovered", "lead", "extreme", "extreme"]);
    expect(lines[1]!.text).toContain(region.label);
    expect(lines[3]!.text.startsWith(m.ui.highest)).toBe(true);
    expect(lines[4]!.text.startsWith(m.ui.lowest)).toBe(true);
  });

  it("is empty for a row the chart does not have", () => {
    expect(tooltipLines(turnout(), "25:00")).toEqual([]);
  });
});

describe(lineTooltipHeight, () => {
  it("counts a line once when the tooltip may be as wide as it needs", () => {
    const m = turnout();
    const lines = tooltipLines(m, regionalRow(m));
    expect(lineTooltipHeight(lines)).toBe(lines.length * 16 + 18);
  });

  it("counts the lines that wrap in a phone-wide tooltip", () => {
    const m = turnout();
    const lines = tooltipLines(m, regionalRow(m));
    const longest = Math.max(...lines.map((l) => textWidth(l.text, 12)));
    // A tooltip narrower than its longest line: that line takes two.
    const narrow = longest + 18 - 20;
    const wrapped = lines.filter((l) => textWidth(l.text, 12, l.kind === "time") > narrow - 18);
    expect(wrapped.length).toBeGreaterThan(0);
    expect(lineTooltipHeight(lines, narrow)).toBe((lines.length + wrapped.length) * 16 + 18);
  });
});
