import { describe, expect, it } from "vitest";

import {
  drawOrder,
  endLabelText,
  lineEndLabels,
  percentY,
  polylinePoints,
  rowX,
  tooltipTop,
  visibleTicks,
} from "./line-geometry";
import type { ChartSeries } from "../model/model";

const box = { left: 0, top: 0, width: 600, height: 240 };

describe("line geometry", () => {
  it("spreads rows across the box and puts 100% at the top, 0% at the bottom", () => {
    expect([0, 1, 2].map((i) => rowX(box, i, 3))).toEqual([0, 300, 600]);
    expect(rowX(box, 0, 1)).toBe(300);
    expect(percentY(box, 100)).toBe(0);
    expect(percentY(box, 0)).toBe(240);
    expect(percentY({ left: 60, top: 40, width: 1080, height: 320 }, 50)).toBe(200);
  });

  it("writes each coordinate with at most one decimal, skipping rows without a number", () => {
    const rows = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({
      t: `${i}`,
      v: i === 3 ? null : 100 / (i + 3),
    }));
    const points = polylinePoints(box, rows, "v").split(" ");
    expect(points).toHaveLength(7);
    for (const p of points) expect(p).toMatch(/^\d+(\.\d)?,\d+(\.\d)?$/);
    // Row 1 of 8 is 600/7 = 85.714… across; 25% is three quarters of the way down.
    expect(points[1]).toBe("85.7,180");
  });

  it("draws regions at the back, a highlighted region above them and the national line on top", () => {
    const series: ChartSeries[] = [
      { key: "kz", label: "Kazakhstan", color: "chart-1" },
      { key: "a", label: "A", color: "chart-muted", muted: true },
      { key: "b", label: "B", color: "chart-muted", muted: true },
    ];
    expect(drawOrder(series, "a").map((s) => s.key)).toEqual(["b", "a", "kz"]);
    expect(drawOrder(series).map((s) => s.key)).toEqual(["a", "b", "kz"]);
  });
});

describe(lineEndLabels, () => {
  const series: ChartSeries[] = [
    { key: "national", label: "Kazakhstan", color: "chart-1" },
    { key: "abai", label: "Abai", color: "chart-muted", muted: true },
    { key: "astana", label: "Astana", color: "chart-muted", muted: true },
  ];
  const rows = [
    { national: 30, abai: 20, astana: 40 },
    { national: 69.44, abai: 80, astana: null },
  ];

  it("labels the lead line and the highlighted one at their last values", () => {
    expect(lineEndLabels(series, rows).map((l) => [l.series.key, l.value, l.at])).toEqual([
      ["national", 69.44, 69.44],
    ]);
    expect(lineEndLabels(series, rows, "abai").map((l) => [l.series.key, l.value])).toEqual([
      ["national", 69.44],
      ["abai", 80],
    ]);
    // A line whose last release has no number is labelled at its last number.
    expect(lineEndLabels(series, rows, "astana").map((l) => l.value)).toEqual([40, 69.44]);
  });

  it("hangs the lower of two close labels under its line and stands the other over its own", () => {
    const close = lineEndLabels(series, [{ national: 69.44, abai: 66.99, astana: 0 }], "abai");
    expect(close.map((l) => [l.series.key, l.at, l.below])).toEqual([
      ["abai", 66.99, true],
      ["national", 69.44, false],
    ]);
    // Far apart, both stand over their lines where they are.
    const apart = lineEndLabels(series, [{ national: 69.44, abai: 30, astana: 0 }], "abai");
    expect(apart.map((l) => [l.at, l.below])).toEqual([
      [30, false],
      [69.44, false],
    ]);
  });

  it("spreads further labels standing over their lines that would touch, keeping their order", () => {
    const three: ChartSeries[] = [
      ...series,
      { key: "urban", label: "Cities", color: "chart-2" },
      { key: "rural", label: "Villages", color: "chart-3" },
    ];
    const close = lineEndLabels(three, [{ national: 50, urban: 52, rural: 53, abai: 0 }]);
    expect(close.map((l) => [l.series.key, l.below])).toEqual([
      ["national", true],
      ["urban", false],
      ["rural", false],
    ]);
    expect(close[0]!.at).toBe(50);
    expect(close[2]!.at - close[1]!.at).toBeCloseTo(9);
    expect((close[1]!.at + close[2]!.at) / 2).toBeCloseTo(52.5);
  });
});

describe(endLabelText, () => {
  const width = (t: string) => t.length * 7;

  it("names the line beside its value when both fit the plot", () => {
    expect(endLabelText("Kazakhstan", "69.44%", 200, width)).toBe("Kazakhstan 69.44%");
  });

  it("keeps the value alone when the name would run out of the plot", () => {
    const name = "Западно-Казахстанская область";
    expect(endLabelText(name, "68,67 %", 200, width)).toBe("68,67 %");
    expect(width(`${name} 68,67 %`)).toBeGreaterThan(200);
  });
});

describe(tooltipTop, () => {
  const overlaps = (top: number, h: number, band: { top: number; bottom: number }) =>
    top < band.bottom && top + h > band.top;

  it("puts the tooltip under the end labels when it fits above the chart's bottom", () => {
    const labels = { top: 90, bottom: 120 };
    const top = tooltipTop(labels, 300, 98);
    expect(overlaps(top, 98, labels)).toBe(false);
    expect(top).toBeGreaterThan(labels.bottom);
    expect(top + 98).toBeLessThanOrEqual(300);
  });

  it("puts it over labels low in the chart", () => {
    const labels = { top: 230, bottom: 260 };
    const top = tooltipTop(labels, 300, 98);
    expect(overlaps(top, 98, labels)).toBe(false);
    expect(top + 98).toBeLessThan(labels.top);
    expect(top).toBeGreaterThanOrEqual(0);
  });

  it("takes the roomier side of labels that leave room on neither, never above the chart", () => {
    expect(tooltipTop({ top: 60, bottom: 90 }, 150, 98)).toBe(98);
    expect(tooltipTop({ top: 70, bottom: 100 }, 150, 98)).toBe(0);
  });
});

describe(visibleTicks, () => {
  it("keeps the last label clear of the one before it (27, defect 4: «22:00» and «Окончательные»)", () => {
    // Hand-set: six times 50 px apart, the last label 90 px wide ending at the right edge (250),
    // so it starts at 160 and the fifth ("22:00", 30 px centred on 200, 185–215) would run into it;
    // the fourth (135–165) would too. The second (35–65) is within 8 px of the first (0–30).
    const xs = [0, 50, 100, 150, 200, 250];
    const widths = [30, 30, 30, 30, 30, 90];
    expect(visibleTicks(xs, widths, 8)).toEqual([0, 2, 5]);
  });

  it("keeps the newest label when only one fits", () => {
    expect(visibleTicks([0, 40], [60, 60], 8)).toEqual([1]);
  });
});
