import { describe, expect, it } from "vitest";

import { splitFallbackRuns, textWidth, wrapToWidth } from "./text";

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

describe(splitFallbackRuns, () => {
  it("gives a character Noto Sans lacks its own <text>, the rest keeping its weight and place", () => {
    const svg = `<text x="300" y="20" font-size="30" font-weight="700" text-anchor="end" fill="#000">≈ $17 billion</text>`;
    const parts = [
      ...splitFallbackRuns(svg).matchAll(/<text x="([\d.]+)" ([^>]*)>([^<]*)<\/text>/g),
    ];
    expect(parts.map((p) => p[3])).toEqual(["≈", "\u00a0$17 billion"]);
    for (const p of parts) expect(p[2]).toContain('font-weight="700"');
    // Anchored at its end (x = 300): the pieces start where the whole would, one after the other.
    const total = textWidth("≈ $17 billion", 30, true);
    expect(Number(parts[0]![1])).toBeCloseTo(300 - total, 0);
    expect(Number(parts[1]![1])).toBeCloseTo(300 - total + textWidth("≈", 30, true), 0);
  });

  it("leaves text without such characters alone", () => {
    const svg = `<text x="1" y="2" font-size="12">&gt; $45 billion</text>`;
    expect(splitFallbackRuns(svg)).toBe(svg);
  });
});
