import { describe, expect, it } from "vitest";

import { cellUnit, isNumericColumn } from "./cell-unit";

describe(cellUnit, () => {
  it("takes the column's unit, or the row's when the column says the unit is per row", () => {
    expect(cellUnit({ unit: "votes", decimals: 0 }, { unit: "percent" })).toEqual({
      unit: "votes",
      decimals: 0,
    });
    expect(cellUnit({ unitFrom: "unit" }, { unit: "percent", decimals: 2 })).toEqual({
      unit: "percent",
      decimals: 2,
    });
    // No decimals on the row: the column's, then (in the table) the chart's.
    expect(cellUnit({ unitFrom: "unit", decimals: 1 }, { unit: "count" })).toEqual({
      unit: "count",
      decimals: 1,
    });
  });

  it("reads a row whose unit field is not a unit as text", () => {
    expect(cellUnit({ unitFrom: "unit" }, { unit: "furlongs" }).unit).toBeUndefined();
    expect(cellUnit({ unitFrom: "unit" }, {}).unit).toBeUndefined();
  });

  it("counts a column as numeric with a unit of its own or of each row", () => {
    expect(isNumericColumn({ unit: "count" })).toBe(true);
    expect(isNumericColumn({ unitFrom: "unit" })).toBe(true);
    expect(isNumericColumn({})).toBe(false);
  });
});
