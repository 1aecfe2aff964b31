import { describe, expect, it } from "vitest";

import { drawOrder, percentY, polylinePoints, rowX } from "./line-geometry";
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
