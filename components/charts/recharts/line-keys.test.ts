import { describe, expect, it } from "vitest";

import type { ChartSeries } from "@/lib/charts/model/model";

import { nextLine } from "./line-keys";

const series: ChartSeries[] = [
  { key: "kz", label: "Kazakhstan", color: "chart-2" },
  { key: "a", label: "A", color: "chart-muted", muted: true },
  { key: "b", label: "B", color: "chart-muted", muted: true },
  { key: "c", label: "C", color: "chart-muted", muted: true },
];
// Hand-set: at row 0 the regions rank b (60) > c (40) > a (20); a has no value at row 1.
const model = {
  series,
  rows: [
    { t: "10:00", kz: 50, a: 20, b: 60, c: 40 },
    { t: "12:00", kz: 55, a: null, b: 61, c: 41 },
  ],
};

describe(nextLine, () => {
  it("steps down from the highest regional line and up from the lowest, wrapping round", () => {
    expect(nextLine(model, 0, undefined, "ArrowDown")).toBe("b");
    expect(nextLine(model, 0, "b", "ArrowDown")).toBe("c");
    expect(nextLine(model, 0, "a", "ArrowDown")).toBe("b");
    expect(nextLine(model, 0, undefined, "ArrowUp")).toBe("a");
    expect(nextLine(model, 0, "b", "ArrowUp")).toBe("a");
  });

  it("skips a region without a value at the row, and never picks the lead line", () => {
    expect(nextLine(model, 1, "b", "ArrowDown")).toBe("c");
    expect(nextLine(model, 1, "c", "ArrowDown")).toBe("b");
    expect(nextLine(model, 5, undefined, "ArrowDown")).toBeUndefined();
  });
});
