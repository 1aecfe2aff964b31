import { describe, expect, it } from "vitest";

import { textWidth, wrapToWidth } from "./text";

describe(wrapToWidth, () => {
  it("wraps a long name onto more lines instead of cutting it (27, defect 6)", () => {
    const name = "Members of the national campaign headquarters";
    const lines = wrapToWidth(name, 120, 12, 3);
    expect(lines.join(" ")).toBe(name);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(120);
  });

  it("cuts only what would need more lines than allowed, with an ellipsis", () => {
    const lines = wrapToWidth("one two three four five six", 40, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
  });

  it("breaks a word longer than the line inside it", () => {
    const lines = wrapToWidth("Солтүстікқазақстаноблысы", 60, 12, 4);
    expect(lines.join("")).toBe("Солтүстікқазақстаноблысы");
  });
});
