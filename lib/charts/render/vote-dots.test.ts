import { describe, expect, it } from "vitest";

import { VOTE_DOTS, voteDotsLayout, voteDotsScale } from "./vote-dots";

const row = (turnout: number, national: number, joined = true) => ({ turnout, national, joined });

describe(voteDotsScale, () => {
  it("spans the figures with room to spare, in whole steps", () => {
    expect(voteDotsScale([81.6, 77.4, 67.21, 54.19])).toEqual({ lo: 40, hi: 90, step: 10 });
    // Almaty city's 25.82% against the country's 77.4%: a wide span goes in steps of 20.
    expect(voteDotsScale([25.82, 77.4])).toEqual({ lo: 0, hi: 100, step: 20 });
  });

  it("stays within 0–100%", () => {
    expect(voteDotsScale([2, 98])).toEqual({ lo: 0, hi: 100, step: 20 });
  });
});

describe(voteDotsLayout, () => {
  it("puts the higher figure's value above its dot and the lower one's below", () => {
    const l = voteDotsLayout([row(77.3, 77.4), row(77.39, 68.44)]);
    expect(l.country[0]!.labelY).toBeLessThan(l.country[0]!.y);
    expect(l.unit[0]!.labelY).toBeGreaterThan(l.unit[0]!.y);
    expect(l.unit[1]!.labelY).toBeLessThan(l.unit[1]!.y);
    expect(l.country[1]!.labelY).toBeGreaterThan(l.country[1]!.y);
    // Higher turnout is higher up.
    expect(l.unit[1]!.y).toBeLessThan(l.country[1]!.y);
  });

  it("joins a unit's dots only where its territory stayed the same", () => {
    const l = voteDotsLayout([row(77.3, 77.4), row(77.39, 68.44), row(78.39, 69.43, false)]);
    expect(l.unitLinks).toEqual([[0, 1]]);
  });

  it("gives every vote a column of the same width, inside the drawing", () => {
    const two = voteDotsLayout([row(80, 70), row(57, 54)]);
    const four = voteDotsLayout([row(80, 70), row(57, 54), row(60, 60), row(65, 50)]);
    expect(four.width - two.width).toBe(2 * VOTE_DOTS.column);
    for (const l of [two, four]) {
      expect(l.columns[0]).toBeGreaterThan(VOTE_DOTS.left);
      expect(l.columns.at(-1)).toBeLessThan(l.width);
      for (const d of [...l.unit, ...l.country]) {
        expect(d.labelY).toBeGreaterThan(0);
        expect(d.labelY).toBeLessThan(l.axisY);
      }
    }
  });
});
