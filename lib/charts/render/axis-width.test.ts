import { describe, expect, it } from "vitest";

import { labelRoom, nameAxisWidth } from "./axis-width";

const names = ["Against all", "Kassym-Jomart Tokayev", "Zhiguli Dairabayev"];

describe("nameAxisWidth", () => {
  it("fits the longest name on a wide chart", () => {
    // 21 characters at 7 px, plus the tick's margin.
    expect(nameAxisWidth(names, 1000)).toBe(21 * 7 + 16);
  });

  it("caps the axis at 40% of a wide chart and at 130 px on a phone, where long names wrap", () => {
    expect(nameAxisWidth(names, 350)).toBe(140);
    expect(nameAxisWidth(names, 300)).toBe(130);
    expect(nameAxisWidth(["Kazakhstan", "Russia"], 300)).toBe(10 * 7 + 16);
  });

  it("keeps short names readable and a chart not yet measured at the old fixed width", () => {
    expect(nameAxisWidth(["A", "B"], 1000)).toBe(64);
    expect(nameAxisWidth([], 1000)).toBe(64);
    expect(nameAxisWidth(names, undefined)).toBe(130);
    expect(nameAxisWidth(names, 0)).toBe(130);
  });
});

describe("labelRoom", () => {
  it("leaves room for the longest label, or just a margin when there is none", () => {
    expect(labelRoom(["81.31%", "≈ $17 billion"])).toBe(13 * 7 + 12);
    expect(labelRoom([])).toBe(12);
  });
});
