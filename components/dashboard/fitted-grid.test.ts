import { describe, expect, it } from "vitest";

import { fittedGrid, wideColumns } from "./fitted-grid";

describe(wideColumns, () => {
  it("puts up to the maximum in one row", () => {
    expect(wideColumns(2, 4)).toBe(2);
    expect(wideColumns(3, 4)).toBe(3);
    expect(wideColumns(4, 4)).toBe(4);
  });

  it("picks a divisor of the count, the largest allowed", () => {
    // 10 = 2 × 5: five columns where five are allowed, two where three are the limit.
    expect(wideColumns(10, 5)).toBe(5);
    expect(wideColumns(10, 3)).toBe(2);
    expect(wideColumns(6, 4)).toBe(3);
    expect(wideColumns(8, 4)).toBe(4);
  });

  it("leaves the fewest empty places when nothing divides the count", () => {
    // 7 in 4 columns leaves one place empty; in 3 or 2 it would leave two or one (fewer columns).
    expect(wideColumns(7, 4)).toBe(4);
    expect(wideColumns(5, 4)).toBe(3);
  });
});

describe(fittedGrid, () => {
  it("lets an odd last card take the row of two", () => {
    expect(fittedGrid(5)).toContain("[&>*:last-child]:col-span-2");
    expect(fittedGrid(4)).not.toContain("col-span-2");
  });
});
