import { describe, expect, it } from "vitest";

import type { ElectionDataset, RegionalResults } from "../dataset";
import type { UnitPeriod } from "../units";
import { formatIssue } from "../validation-issue";
import {
  checkRegional,
  checkRegionalOptions,
  checkRegionalRevision,
  checkRegionalSources,
  checkRegionalUnits,
} from "./regional";
import { checkRegionalShares, checkRegionalSums, checkRegionalUnitTotals } from "./regional-sums";

// INVENTED TEST NUMBERS throughout: three made-up units and three made-up options.

const UNITS: UnitPeriod[] = [
  { id: "north", type: "region" },
  { id: "south", type: "region" },
  { id: "capital", type: "city" },
  // Created after the election below: not one of its units.
  { id: "east", type: "region", from: "2022-06-08", splitFrom: "south", sourceIds: ["s"] },
];
const FILE = "datasets/e/regional/final.json";

function election(overrides: { shareOf?: "ballots_cast"; basis?: "ballots_cast" } = {}) {
  const basis = overrides.basis ?? "ballots_issued";
  return {
    meta: {
      id: "e",
      electionDate: "2022-03-01",
      shareOf: overrides.shareOf,
      options: ["a", "b", "c", "d"].map((id) => ({ id, name: id, kind: "candidate" })),
    },
    metaFile: "datasets/e/meta.json",
    revisions: [
      {
        id: "final",
        file: "datasets/e/revisions/final.json",
        electorate: {
          registeredVoters: 1000,
          ...(basis === "ballots_cast" ? { ballotsCast: 700 } : { ballotsIssued: 700 }),
        },
        turnout: { percent: 70, basis, precision: 2 },
        // "d" is an option of the election with no result in this revision.
        results: [
          { option: "a", votes: 400 },
          { option: "b", votes: 200 },
          { option: "c", votes: 60 },
        ],
      },
    ],
  } as unknown as ElectionDataset;
}

function regional(edit: (r: RegionalResults) => void = () => {}): RegionalResults {
  const r: RegionalResults = {
    revisionId: "final",
    file: FILE,
    sourceIds: ["s"],
    sharePrecision: 2,
    units: [
      {
        unit: "north",
        registeredVoters: 400,
        ballots: 300,
        results: [
          { option: "a", votes: 170, share: 59.65 },
          { option: "b", votes: 90, share: 31.58 },
          { option: "c", votes: 25, share: 8.77 },
        ],
      },
      {
        unit: "south",
        registeredVoters: 350,
        ballots: 250,
        results: [
          { option: "a", votes: 140, share: 60.87 },
          { option: "b", votes: 70, share: 30.43 },
          { option: "c", votes: 20, share: 8.7 },
        ],
      },
      {
        unit: "capital",
        registeredVoters: 250,
        ballots: 150,
        results: [
          { option: "a", votes: 90, share: 62.07 },
          { option: "b", votes: 40, share: 27.59 },
          { option: "c", votes: 15, share: 10.34 },
        ],
      },
    ],
  };
  edit(r);
  return r;
}

const messages = (issues: { file: string; path: string; message: string }[]) =>
  issues.map(formatIssue);
const e = election();
const final = e.revisions[0]!;

describe(checkRegional, () => {
  it("accepts units that add up to the national revision", () => {
    expect(checkRegional(e, regional(), UNITS, new Set(["s"]))).toEqual([]);
  });

  it("does not add up rows of unknown options into totals that repeat the problem", () => {
    const r = regional((r) => (r.units[0]!.results[2]!.option = "z"));
    expect(messages(checkRegional(e, r, UNITS, new Set(["s"])))).toEqual([
      `${FILE} › units[0].results[2].option: unknown option "z"; datasets/e/meta.json lists a, b, c, d`,
      `${FILE} › units[0].results: no result for c`,
    ]);
  });
});

describe(checkRegionalRevision, () => {
  it("returns the revision the file is named for", () => {
    expect(checkRegionalRevision(e, regional())).toEqual({ revision: final, issues: [] });
  });

  it("refuses a file named for no revision of its election, listing the revisions", () => {
    const { revision, issues } = checkRegionalRevision(
      e,
      regional((r) => (r.revisionId = "2022-03-03T1200-final")),
    );
    expect(revision).toBeUndefined();
    expect(messages(issues)).toEqual([
      `${FILE}: names revision "2022-03-03T1200-final", which e does not have; a regional file is named for the revision it adds up to (final)`,
    ]);
  });
});

describe(checkRegionalSources, () => {
  it("refuses a source that is not in sources.json", () => {
    const r = regional((r) => r.sourceIds.push("nowhere"));
    expect(messages(checkRegionalSources(r, new Set(["s"])))).toEqual([
      `${FILE} › sourceIds[1]: unknown source "nowhere"; add it to sources.json`,
    ]);
  });
});

describe(checkRegionalUnits, () => {
  it("accepts each unit of election day once", () => {
    expect(checkRegionalUnits(regional(), UNITS, "2022-03-01")).toEqual([]);
  });

  it("refuses a unit not in units.json, one created after election day, and a repeated one", () => {
    const r = regional((r) => {
      r.units.push({ ...r.units[0]!, unit: "atlantis" });
      r.units.push({ ...r.units[0]!, unit: "east" });
      r.units.push({ ...r.units[1]! });
    });
    expect(messages(checkRegionalUnits(r, UNITS, "2022-03-01"))).toEqual([
      `${FILE} › units[3].unit: "atlantis" is not in units.json`,
      `${FILE} › units[4].unit: "east" did not exist on election day 2022-03-01`,
      `${FILE} › units[5].unit: "south" appears twice (also units[1])`,
    ]);
  });

  it("refuses a file that leaves out a unit of election day", () => {
    const r = regional((r) => r.units.splice(1, 1));
    expect(messages(checkRegionalUnits(r, UNITS, "2022-03-01"))).toEqual([
      `${FILE} › units: no results for south: every unit of election day 2022-03-01 is needed`,
    ]);
  });
});

describe(checkRegionalOptions, () => {
  it("accepts every option of the national revision once per unit", () => {
    expect(checkRegionalOptions(regional(), e, final)).toEqual([]);
  });

  it("refuses unknown, repeated and missing options, and one the national revision lacks", () => {
    const r = regional((r) => {
      r.units[0]!.results.push({ option: "zz", votes: 1 });
      r.units[1]!.results.push({ option: "d", votes: 1 });
      r.units[2]!.results[2] = { option: "a", votes: 15 };
    });
    expect(messages(checkRegionalOptions(r, e, final))).toEqual([
      `${FILE} › units[0].results[3].option: unknown option "zz"; datasets/e/meta.json lists a, b, c, d`,
      `${FILE} › units[1].results[3].option: revision final has no national result for "d"`,
      `${FILE} › units[2].results[2].option: "a" appears twice`,
      `${FILE} › units[2].results: no result for c`,
    ]);
  });

  it("holds a declared difference to the same options", () => {
    const r = regional((r) => {
      r.declared = {
        registeredVoters: 0,
        ballots: 0,
        results: [{ option: "q", votes: 1 }],
        note: "test",
      };
    });
    expect(messages(checkRegionalOptions(r, e, final))).toEqual([
      `${FILE} › declared.results[0].option: unknown option "q"; datasets/e/meta.json lists a, b, c, d`,
    ]);
  });
});

describe(checkRegionalSums, () => {
  it("accepts units that add up exactly", () => {
    expect(checkRegionalSums(regional(), final)).toEqual([]);
  });

  it("refuses an option whose units add up to one vote more, naming both totals", () => {
    const r = regional((r) => (r.units[1]!.results[1]!.votes = 71));
    expect(messages(checkRegionalSums(r, final))).toEqual([
      `${FILE} › units: votes for "b": the units add up to 201, but revision final has 200; a known difference (voters abroad) goes in a declared block`,
    ]);
  });

  it("compares the units' ballots with the count the national turnout is based on", () => {
    const r = regional((r) => (r.units[0]!.ballots = 301));
    expect(messages(checkRegionalSums(r, final))).toEqual([
      `${FILE} › units: ballots issued: the units add up to 701, but revision final has 700; a known difference (voters abroad) goes in a declared block`,
    ]);
    const cast = election({ basis: "ballots_cast" }).revisions[0]!;
    expect(messages(checkRegionalSums(r, cast))[0]).toContain(
      "ballots cast: the units add up to 701",
    );
  });

  it("accepts units short of the national figures by the declared difference, and no other", () => {
    const r = regional((r) => {
      r.units[2]!.registeredVoters -= 20;
      r.units[2]!.ballots -= 12;
      r.units[2]!.results[0]!.votes -= 10;
      r.declared = {
        registeredVoters: 20,
        ballots: 12,
        results: [{ option: "a", votes: 10 }],
        note: "invented voters abroad",
      };
    });
    expect(checkRegionalSums(r, final)).toEqual([]);
    r.declared!.registeredVoters = 21;
    expect(messages(checkRegionalSums(r, final))).toEqual([
      `${FILE} › units: registered voters: the units add up to 980, and 1,001 with the declared 21, but revision final has 1,000`,
    ]);
  });

  it("refuses registered voters that do not add up", () => {
    const r = regional((r) => (r.units[0]!.registeredVoters = 4000));
    expect(messages(checkRegionalSums(r, final))[0]).toContain(
      "registered voters: the units add up to 4,600, but revision final has 1,000",
    );
  });
});

describe(checkRegionalUnitTotals, () => {
  it("accepts units with fewer votes than ballots and ballots than voters", () => {
    expect(checkRegionalUnitTotals(regional(), e, final)).toEqual([]);
  });

  it("refuses more ballots than registered voters, and more votes than ballots", () => {
    const r = regional((r) => {
      r.units[0]!.ballots = 401;
      r.units[1]!.ballots = 200;
    });
    expect(messages(checkRegionalUnitTotals(r, e, final))).toEqual([
      `${FILE} › units[0].ballots: 401 is more than the 400 registered voters of "north"`,
      `${FILE} › units[1].results: the results of "south" add up to 230 votes, more than its 200 ballots`,
    ]);
  });

  it("of ballots cast, holds a unit that lists every option to exactly its ballots", () => {
    const ref = election({ shareOf: "ballots_cast", basis: "ballots_cast" });
    const r = regional((r) =>
      r.units.forEach((u) => u.results.push({ option: "d", votes: u.ballots - 1 - 285 })),
    );
    // Every unit lists a, b, c and d; north's rows make 299 of its 300 ballots.
    expect(messages(checkRegionalUnitTotals(r, ref, ref.revisions[0]!))[0]).toBe(
      `${FILE} › units[0].results: every option of "north" is listed, but the rows add up to 299, not its 300 ballots cast`,
    );
  });
});

describe(checkRegionalShares, () => {
  it("accepts shares that round from each unit's votes", () => {
    expect(checkRegionalShares(regional(), e, final)).toEqual([]);
  });

  it("names a misprinted share with its unit", () => {
    const r = regional((r) => (r.units[2]!.results[1]!.share = 72.59));
    expect(messages(checkRegionalShares(r, e, final))).toEqual([
      `${FILE} › units[2].results[1].share: capital: stated 72.59% but 40 of 145 valid votes is 27.59%`,
    ]);
  });

  it("recomputes shares of a unit's ballots cast when the election's shares are of ballots cast", () => {
    const ref = election({ shareOf: "ballots_cast", basis: "ballots_cast" });
    // 170 of north's 300 ballots cast is 56.67%, not the 59.65% of its rows.
    expect(messages(checkRegionalShares(regional(), ref, ref.revisions[0]!))[0]).toBe(
      `${FILE} › units[0].results[0].share: north: stated 59.65% but 170 of the 300 ballots cast is 56.67%`,
    );
    const r = regional((r) =>
      r.units.forEach((u) =>
        u.results.forEach((x) => (x.share = Math.round((x.votes / u.ballots) * 10000) / 100)),
      ),
    );
    expect(checkRegionalShares(r, ref, ref.revisions[0]!)).toEqual([]);
  });

  it("refuses a share it cannot check: of ballots cast, with the units' ballots issued", () => {
    const ref = election({ shareOf: "ballots_cast" });
    const r = regional((r) => r.units.forEach((u) => u.results.splice(1)));
    expect(messages(checkRegionalShares(r, ref, ref.revisions[0]!))).toEqual(
      [0, 1, 2].map(
        (i) =>
          `${FILE} › units[${i}].results[0].share: shares are of ballots cast, but the units give ballots issued; the share cannot be checked`,
      ),
    );
  });
});
