import { describe, expect, it } from "vitest";

import { checkShares, type ShareRow } from "./shares";

/** The 2022 final result (CEC, 22 Nov 2022) as printed by the agreeing outlets. */
function rows2022(overrides: Record<number, Partial<ShareRow>> = {}): ShareRow[] {
  const base: ShareRow[] = [
    { votes: 6456393, share: 81.31 },
    { votes: 271641, share: 3.42 },
    { votes: 206206, share: 2.6 },
    { votes: 200907, share: 2.53 },
    { votes: 176116, share: 2.22 },
    { votes: 168731, share: 2.12 },
    { votes: 460484, share: 5.8 },
  ];
  return base.map((r, i) => ({ ...r, ...overrides[i] }));
}

describe(checkShares, () => {
  it("accepts shares that round from the votes", () => {
    expect(checkShares(rows2022(), 2)).toEqual([]);
  });

  it("names the one misprinted vote count instead of every shifted share", () => {
    const problems = checkShares(rows2022({ 3: { votes: 300907 } }), 2);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ index: 3, field: "votes" });
    expect(problems[0]!.message).toContain("300907 gives 3.79%, the stated share is 2.53%");
  });

  it("blames the share when the votes still add up", () => {
    const problems = checkShares(rows2022({ 6: { share: 5 } }), 2);
    expect(problems).toEqual([
      {
        index: 6,
        field: "share",
        message: "stated 5.00% but 460484 of 7940478 valid votes is 5.80%",
      },
    ]);
  });

  it("finds two misprints at once", () => {
    const problems = checkShares(rows2022({ 2: { votes: 206000 }, 3: { votes: 300907 } }), 2);
    expect(problems.map((p) => p.index)).toEqual([2, 3]);
  });

  it("counts rows without a stated share towards the total", () => {
    const rows: ShareRow[] = [{ votes: 70, share: 70 }, { votes: 20, share: 20 }, { votes: 10 }];
    expect(checkShares(rows, 0)).toEqual([]);
    expect(checkShares([...rows, { votes: 10 }], 0).length).toBeGreaterThan(0);
  });

  it("respects the stated precision", () => {
    const rows: ShareRow[] = [
      { votes: 2, share: 66.7 },
      { votes: 1, share: 33.3 },
    ];
    expect(checkShares(rows, 1)).toEqual([]);
    expect(checkShares(rows, 2).length).toBeGreaterThan(0);
  });

  it("ignores rows with no stated share and an empty ballot", () => {
    expect(checkShares([{ votes: 5 }], 2)).toEqual([]);
    expect(checkShares([{ votes: 0, share: 0 }], 2)).toEqual([]);
  });
});

describe("checkShares against a stated base", () => {
  // The referendum's preliminary result (6 Jun 2022): shares of 7,986,293 ballots cast, with the
  // spoilt ballots' count unpublished, so the rows do not add up to the base.
  const preliminary: ShareRow[] = [
    { votes: 6163863, share: 77.18 },
    { votes: 1490475, share: 18.66 },
    { votes: 125859, share: 1.58 },
  ];

  it("checks each share against the ballots cast, not the sum of the rows", () => {
    expect(checkShares(preliminary, 2, 7986293)).toEqual([]);
    // Of the rows' own sum, "yes" would be 79.22%: the base is what makes these shares right.
    expect(checkShares(preliminary, 2)).not.toEqual([]);
  });

  it("names the row whose share the base does not give", () => {
    const wrong = preliminary.map((r, i) => (i === 1 ? { ...r, share: 16.66 } : r));
    expect(checkShares(wrong, 2, 7986293)).toEqual([
      expect.objectContaining({ index: 1, field: "share" }),
    ]);
  });
});
