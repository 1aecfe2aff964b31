import { describe, expect, it } from "vitest";

import { valueLabel } from "./value-label";

describe(valueLabel, () => {
  const plain = { unit: "count" as const, decimals: 0, locale: "en" as const };
  const stated = { ...plain, valueLabelKey: "stated" };

  it("prints the figure as stated when the chart has a stated column", () => {
    expect(valueLabel(stated, { value: 30, stated: "> 30" }, "value")).toBe("> 30");
  });

  it("prints the formatted number without one, or when the stated cell is empty or not text", () => {
    expect(valueLabel(plain, { value: 6456393, stated: "> 30" }, "value")).toBe("6,456,393");
    expect(valueLabel(stated, { value: 1200, stated: " " }, "value")).toBe("1,200");
    expect(valueLabel(stated, { value: 1200, stated: 5 }, "value")).toBe("1,200");
    expect(valueLabel(stated, { value: 1200 }, "value")).toBe("1,200");
  });
});
