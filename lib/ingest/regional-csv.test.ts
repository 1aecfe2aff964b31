import { describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../test/data-dir";
import {
  INVENTED_NOTE,
  inventedSplit,
  toLongCsv,
} from "../../test/fixtures/regional/invented-split";
import { readDataDir } from "../data/store";
import { formatIssue } from "../data/validation-issue";
import { regionalFromLongCsv } from "./regional-csv";

const META = { sourceIds: ["s"], sharePrecision: 2, nationalSharePrecision: 2 };

function problems(csv: string, meta: Partial<Parameters<typeof regionalFromLongCsv>[2]> = {}) {
  const built = regionalFromLongCsv(csv, "r.csv", { ...META, ...meta });
  return built.ok ? [] : built.issues.map(formatIssue);
}

// INVENTED TEST NUMBERS below.
const HEAD = "unit,option,votes,share\n";
const NORTH = "north,registered_voters,400,\nnorth,ballots_total,300,\nnorth,a,170,59.65\n";

describe(regionalFromLongCsv, () => {
  it("builds the same file as the JSON it was written from, declared difference and all", async () => {
    const read = await readDataDir(REAL_DATA_DIR);
    if (!read.ok) throw new Error("real data must validate");
    const file = inventedSplit(read.data, "kz-2022-presidential", "2022-11-22T1200-final", {
      abroad: true,
    });
    const built = regionalFromLongCsv(toLongCsv(file), "r.csv", {
      sourceIds: file.sourceIds,
      sharePrecision: file.sharePrecision,
      nationalSharePrecision: 2,
      note: INVENTED_NOTE,
      declaredNote: file.declared!.note,
    });
    expect(built).toEqual({ ok: true, regional: file });
  });

  it("reads counts with spaces or commas between groups, and shares with a decimal comma", () => {
    const csv = `${HEAD}north,registered_voters,"1 200 400",\nnorth,ballots_total,"900,000",\nnorth,a,800 000,"88,89"\n`;
    expect(regionalFromLongCsv(csv, "r.csv", META)).toEqual({
      ok: true,
      regional: {
        sourceIds: ["s"],
        sharePrecision: 2,
        units: [
          {
            unit: "north",
            registeredVoters: 1200400,
            ballots: 900000,
            results: [{ option: "a", votes: 800000, share: 88.89 }],
          },
        ],
      },
    });
  });

  it("takes the national revision's precision when no share is given, and asks for it when one is", () => {
    const noShares = `${HEAD}north,registered_voters,400\nnorth,ballots_total,300\nnorth,a,170\n`;
    const built = regionalFromLongCsv(noShares, "r.csv", {
      sourceIds: ["s"],
      nationalSharePrecision: 1,
    });
    expect(built.ok && (built.regional as { sharePrecision: number }).sharePrecision).toBe(1);
    expect(problems(HEAD + NORTH, { sharePrecision: undefined })).toEqual([
      "r.csv › line 4: gives a share: --share-precision must say how many decimals the document states shares to",
    ]);
  });

  it("names a header it cannot read", () => {
    expect(problems("region,candidate,votes\n")).toEqual([
      'r.csv › line 1: the header is "region,candidate,votes"; a regional CSV has the columns unit, option, votes and optionally share, each once',
    ]);
    expect(problems("unit,option,votes,votes\n")).toHaveLength(1);
  });

  it("names each line that is not a count or a percentage, or has too many fields", () => {
    expect(
      problems(`${HEAD}${NORTH}north,b,12.5,\nnorth,c,"",\nnorth,d,9,half\nnorth,e,1,2,3\n`),
    ).toEqual([
      'r.csv › line 5: "12.5" is not a count',
      'r.csv › line 6: "" is not a count',
      'r.csv › line 7: "half" is not a percentage',
      "r.csv › line 8: has 5 fields; the header names 4",
    ]);
  });

  it("names a unit without its registered voters or ballots, or with them twice", () => {
    expect(
      problems(`${HEAD}north,registered_voters,400,\nnorth,registered_voters,401,\nnorth,a,1,\n`),
    ).toEqual([
      'r.csv › line 3: a second registered_voters row for "north"',
      'r.csv: no ballots_total row for "north"',
    ]);
  });

  it("asks what declared rows are, and refuses a note without them", () => {
    const declared = "declared,registered_voters,10,\ndeclared,ballots_total,9,\n";
    expect(problems(HEAD + NORTH + declared)).toEqual([
      'r.csv: rows of "declared" need --declared-note saying what they are',
    ]);
    expect(problems(HEAD + NORTH, { declaredNote: "abroad" })).toEqual([
      'r.csv: --declared-note is given, but no row is of "declared"',
    ]);
  });

  it("says a broken CSV is not readable instead of throwing", () => {
    expect(problems(`${HEAD}north,"a,1,\n`)[0]).toMatch(
      /^r\.csv: is not a readable CSV: Quote Not Closed/,
    );
  });
});
