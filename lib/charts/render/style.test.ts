import { describe, expect, it } from "vitest";

import type { ChartSeries } from "../model/model";
import { highlightColor, lineStrokeWidth, markColor } from "./style";

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

  it("lights a mark in a colour other than its series' own", () => {
    for (const color of ["chart-1", "chart-2", "chart-muted"] as const) {
      expect(markColor(series({ color }), true)).toBe(highlightColor(color));
      expect(highlightColor(color)).not.toBe(color);
    }
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
