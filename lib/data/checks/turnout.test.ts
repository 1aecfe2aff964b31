import { describe, expect, it } from "vitest";

import type { TurnoutDataset } from "../dataset";
import { checkTurnoutDataset } from "./turnout";

function dataset(
  releases: { status: "preliminary" | "final"; percent: number; voters: number; total?: number }[],
): TurnoutDataset {
  return {
    meta: { id: "t", units: [], dipTolerance: 0.1 },
    revisions: releases.map((r, i) => ({
      id: `r${i}`,
      file: `r${i}.json`,
      status: r.status,
      asOf: `2022-11-20T${String(10 + i).padStart(2, "0")}:00:00+06:00`,
      label: `${10 + i}:00`,
      sourceIds: ["s"],
      precision: 2,
      national: { percent: r.percent, voters: r.voters, registeredVoters: r.total },
    })),
  } as unknown as TurnoutDataset;
}

describe("one list total through election day", () => {
  it("refuses a release whose list total differs from the day's, naming both", () => {
    const issues = checkTurnoutDataset(
      dataset([
        { status: "preliminary", percent: 69.31, voters: 8282607, total: 11950485 },
        { status: "preliminary", percent: 69.43, voters: 8299501, total: 11953465 },
      ]),
      undefined,
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "r1.json", path: "national.registeredVoters" });
    expect(issues[0]!.message).toContain("11,950,485");
  });

  it("accepts a release that prints no total, and a final count on updated lists", () => {
    const issues = checkTurnoutDataset(
      dataset([
        { status: "preliminary", percent: 69.31, voters: 8282607, total: 11950485 },
        { status: "preliminary", percent: 69.43, voters: 8299501 },
        { status: "final", percent: 69.44, voters: 8300046, total: 11953465 },
      ]),
      undefined,
    );
    expect(issues).toEqual([]);
  });
});

describe("a release with voters but no list total", () => {
  it("is accepted when the lists grew a little since the day's total, as at 22:00 in 2022", () => {
    const issues = checkTurnoutDataset(
      dataset([
        { status: "preliminary", percent: 69.31, voters: 8282607, total: 11950485 },
        { status: "preliminary", percent: 69.43, voters: 8299501 },
      ]),
      undefined,
    );
    expect(issues).toEqual([]);
  });

  it("is refused when its count and percentage imply a list smaller than the day's", () => {
    const issues = checkTurnoutDataset(
      dataset([
        { status: "preliminary", percent: 69.31, voters: 8282607, total: 11950485 },
        { status: "preliminary", percent: 69.43, voters: 8282607 },
      ]),
      undefined,
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain("lists do not shrink during the day");
  });
});
