import { describe, expect, it } from "vitest";

import type { ChartModel } from "../model/model";
import { columnsFit, nameColumnWidth, wrapsWhole } from "./category-names";
import { textWidth } from "./svg/text";

const model = (overrides: Partial<ChartModel> = {}) =>
  ({
    rows: [
      { measure: "Share", a: 70.96, b: 81.31 },
      { measure: "Turnout", a: 77.54, b: 69.44 },
    ],
    series: [
      { key: "a", label: "2019", color: "chart-3" },
      { key: "b", label: "2022", color: "chart-1" },
    ],
    unit: "percent",
    decimals: 2,
    locale: "en",
    ...overrides,
  }) as ChartModel;

describe(columnsFit, () => {
  it("keeps columns while each group is at least 64 px wide and each value fits its column", () => {
    // Two groups of 147 px (a phone's 294 px box): columns of 56 px hold "81.31%" (about 40 px).
    expect(columnsFit(model(), 294, 12)).toBe(true);
    // Five groups in 294 px are under 64 px each: too narrow for a name in three lines.
    const five = model({
      rows: Array.from({ length: 5 }, (_, i) => ({ measure: `r${i}`, a: 1, b: 2 })),
    });
    expect(columnsFit(five, 294, 12)).toBe(false);
  });

  it("goes across as bars when a stated value is wider than its column", () => {
    const stated = model({
      valueLabelKey: "said",
      rows: [{ measure: "Trade", a: 1, b: 2, said: "more than $45 billion" }],
    });
    expect(columnsFit(stated, 200, 12)).toBe(false);
  });
});

describe(nameColumnWidth, () => {
  const party = "ОСДП (Общенациональная социал-демократическая партия)";

  it("widens the column until the longest name fits its lines uncut", () => {
    const w = nameColumnWidth([party, "Ак жол"], 130, 180, 3, 12);
    expect(w).toBeGreaterThan(130);
    expect(wrapsWhole(party, w, 12, 3)).toBe(true);
    expect(wrapsWhole(party, w - 4, 12, 3)).toBe(false);
  });

  it("stays at the least width when every name already fits, and stops at the most", () => {
    expect(nameColumnWidth(["Ак жол", "Байтақ"], 130, 180, 1, 12)).toBe(130);
    // A least width that is a name's measured width, a fraction, is rounded up: the name fits it.
    const measured = textWidth("Салтанат Тұрсынбекова", 12);
    expect(measured % 1).not.toBe(0);
    expect(nameColumnWidth(["Салтанат Тұрсынбекова"], measured, 400, 1, 12)).toBe(
      Math.ceil(measured),
    );
    expect(nameColumnWidth([party], 130, 150, 1, 12)).toBe(150);
  });
});
