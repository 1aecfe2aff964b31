import { readFileSync } from "node:fs";
import { join } from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../test/data-dir";
import type { DataSet } from "./dataset";
import { readDataDir } from "./store";
import { turnoutChange, unitAtVote, votesOf, type Vote } from "./votes";

let data: DataSet;
let votes: Vote[];
beforeAll(async () => {
  const read = await readDataDir(REAL_DATA_DIR);
  if (!read.ok) throw new Error("real data must validate");
  data = read.data;
  votes = votesOf(data);
});

/** A release file read straight from data/, to check the code against the numbers as stored. */
function release(dataset: string, file: string): { unit: string; percent: number }[] {
  const path = join(REAL_DATA_DIR, "datasets", dataset, "revisions", file);
  return (JSON.parse(readFileSync(path, "utf8")) as { units: { unit: string; percent: number }[] })
    .units;
}
const vote = (id: string) => votes.find((v) => v.id === id)!;

describe(votesOf, () => {
  it("lists every turnout series with its election, oldest first", () => {
    expect(votes.map((v) => v.id)).toEqual(
      [...data.turnouts]
        .map((t) => data.elections.find((e) => e.meta.id === t.meta.electionId)!.meta)
        .sort((a, b) => a.electionDate.localeCompare(b.electionDate))
        .map((m) => m.id),
    );
  });

  it("stands each vote for by its last full regional list, never a partial one", () => {
    expect(vote("kz-2023-mazhilis").regional.label).toBe("22:10");
    expect(vote("kz-2022-presidential").regional.label).toBe("22:00");
    expect(vote("kz-2022-referendum").regional.label).toBe("22:00");
    for (const v of votes) expect(v.regional.partialUnits).toBeUndefined();
  });
});

describe(unitAtVote, () => {
  it("ranks a unit among the units of its vote and measures it against the country", () => {
    const units = release("kz-2022-turnout-referendum", "2022-06-05T2200-preliminary.json");
    const top = [...units].sort((a, b) => b.percent - a.percent)[0]!;
    const at = unitAtVote(vote("kz-2022-referendum"), top.unit)!;
    expect(at).toMatchObject({ rank: 1, of: units.length, turnout: top.percent });
    expect(at.gap).toBeCloseTo(top.percent - at.national, 9);
    expect(unitAtVote(vote("kz-2022-referendum"), "abai")).toBeUndefined();
  });
});

describe(turnoutChange, () => {
  it("gives a change across the 2022 split only for units that kept their territory", () => {
    const before = release("kz-2022-turnout-referendum", "2022-06-05T2200-preliminary.json");
    const after = release("kz-2022-turnout-intraday", "2022-11-20T2200-preliminary.json");
    const rows = turnoutChange(data, vote("kz-2022-referendum"), vote("kz-2022-presidential"));
    expect(rows).toHaveLength(after.length);
    const kyzylorda = rows.find((r) => r.id === "kyzylorda")!;
    const pct = (list: typeof before, id: string) => list.find((u) => u.unit === id)!.percent;
    expect(kyzylorda.status).toBe("comparable");
    expect(kyzylorda.change).toBeCloseTo(pct(after, "kyzylorda") - pct(before, "kyzylorda"), 9);
    const karaganda = rows.find((r) => r.id === "karaganda")!;
    expect(karaganda).toMatchObject({ status: "split", splitOff: ["ulytau"], change: null });
    expect(karaganda.earlier).toBe(pct(before, "karaganda"));
    expect(rows.find((r) => r.id === "ulytau")).toMatchObject({
      status: "new",
      splitFrom: "karaganda",
      earlier: null,
      change: null,
    });
  });

  it("compares every unit between two votes after the reform", () => {
    const rows = turnoutChange(data, vote("kz-2022-presidential"), vote("kz-2023-mazhilis"));
    expect(rows.every((r) => r.status === "comparable" && r.change !== null)).toBe(true);
  });
});
