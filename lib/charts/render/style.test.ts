import { describe, expect, it } from "vitest";

import type { ChartSeries } from "../model/model";
import { CHART_COLORS } from "../model/model";
import { HIGHLIGHT_COLOR, lineStrokeWidth, markColor } from "./style";

const series = (overrides: Partial<ChartSeries> = {}): ChartSeries => ({
  key: "kz",
  label: "Kazakhstan",
  color: "chart-1",
  ...overrides,
});

describe(markColor, () => {
  it("keeps the series colour unless lit", () => {
    expect(markColor(series({ color: "chart-3" }), false)).toBe("chart-3");
  });

  it("lights a mark of any series in the highlight, which is no series' colour", () => {
    for (const color of CHART_COLORS)
      expect(markColor(series({ color }), true)).toBe(HIGHLIGHT_COLOR);
    expect(CHART_COLORS).not.toContain(HIGHLIGHT_COLOR);
  });
});

describe(lineStrokeWidth, () => {
  it("draws the lead line thickest, a highlighted one next and muted ones thinnest", () => {
    const lead = lineStrokeWidth(series(), undefined);
    const lit = lineStrokeWidth(series({ key: "astana", muted: true }), "astana");
    const muted = lineStrokeWidth(series({ key: "abai", muted: true }), "astana");
    expect(lead).toBeGreaterThan(lit);
    expect(lit).toBeGreaterThan(muted);
  });
});
