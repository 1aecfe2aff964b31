import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../test/data-dir";
import type { DataSet, TurnoutDataset } from "./dataset";
import { checkUnits } from "./checks/units";
import { readDataDir } from "./store";
import { compareUnits, unitsOn, type UnitPeriod } from "./units";

let data: DataSet;
beforeAll(async () => {
  const read = await readDataDir(REAL_DATA_DIR);
  if (!read.ok) throw new Error("real data must validate");
  data = read.data;
});

const VOTE_2019 = "2019-06-09";
const REFERENDUM_2022 = "2022-06-05";
const VOTE_2022 = "2022-11-20";

describe("units through time", () => {
  it("has 17 units before the reform of 8 June 2022 and 20 after", () => {
    expect(unitsOn(data.units, VOTE_2019)).toHaveLength(17);
    expect(unitsOn(data.units, REFERENDUM_2022)).toHaveLength(17);
    expect(unitsOn(data.units, "2022-06-08")).toHaveLength(20);
    expect(unitsOn(data.units, VOTE_2022)).toHaveLength(20);
  });

  it("compares 2019 with 2022 only where a unit kept its territory, and says which were split", () => {
    const compared = compareUnits(data.units, VOTE_2019, VOTE_2022);
    const by = (status: string) => compared.filter((c) => c.status === status).map((c) => c.id);
    expect(by("new").sort()).toEqual(["abai", "ulytau", "zhetysu"]);
    expect(by("split").sort()).toEqual(["almaty-region", "east-kazakhstan", "karaganda"]);
    expect(by("comparable")).toHaveLength(14);
    expect(compared.find((c) => c.id === "abai")).toEqual({
      id: "abai",
      status: "new",
      splitFrom: "east-kazakhstan",
    });
    // After the reform every unit compares with itself.
    expect(
      compareUnits(data.units, VOTE_2022, "2023-03-19").every((c) => c.status === "comparable"),
    ).toBe(true);
  });
});

describe(checkUnits, () => {
  const sources = new Set(["s"]);
  const base: UnitPeriod[] = [
    { id: "east", type: "region" },
    { id: "abai", type: "region", from: "2022-06-08", splitFrom: "east", sourceIds: ["s"] },
  ];

  it("accepts a consistent table", () => {
    expect(checkUnits(base, sources, [])).toEqual([]);
  });

  it("names a duplicate, a split from an unknown unit, and a creation date without a source", () => {
    const messages = checkUnits(
      [
        ...base,
        { id: "east", type: "region" },
        { id: "x", type: "region", from: "2023-01-01", splitFrom: "nowhere" },
      ],
      sources,
      [],
    ).map((i) => i.message);
    expect(messages).toContainEqual('duplicate id "east"');
    expect(messages).toContainEqual('unknown unit "nowhere"');
    expect(messages).toContainEqual("a unit created on a date needs the source that says so");
  });

  it("refuses a turnout dataset reporting a unit before it existed", () => {
    const dataset = {
      metaFile: "datasets/t/meta.json",
      meta: { units: [{ id: "east" }, { id: "abai" }] },
    } as unknown as TurnoutDataset;
    const [found] = checkUnits(base, sources, [{ dataset, electionDate: "2022-06-05" }]);
    expect(found).toMatchObject({ file: "datasets/t/meta.json", path: "units[1].id" });
    expect(found!.message).toContain("did not exist on election day 2022-06-05");
  });
});

describe("each vote's regional turnout covers the units of its day", () => {
  it("2019 has the 17 units as they were then, its capital named Nur-Sultan; 2022 and 2023 the 20", () => {
    for (const t of data.turnouts) {
      const election = data.elections.find((e) => e.meta.id === t.meta.electionId)!;
      const day = election.meta.electionDate;
      expect(t.meta.units.map((u) => u.id).sort(), t.meta.id).toEqual(
        unitsOn(data.units, day)
          .map((u) => u.id)
          .sort(),
      );
    }
    const t2019 = data.turnouts.find((t) => t.meta.electionId === "kz-2019-presidential")!;
    expect(t2019.meta.units).toHaveLength(17);
    expect(t2019.meta.units.find((u) => u.id === "astana")?.name).toBe("Nur-Sultan (city)");
  });
});
