import { describe, expect, it } from "vitest";

import { visibleTicks } from "./lines";

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
