import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../test/data-dir";
import type { DataSet } from "../data/dataset";
import { readDataDir } from "../data/store";
import { points, turnoutChange, votesOf, type Vote } from "../data/votes";
import { turnoutChecks, voteMoves, voteSpread } from "./turnout-checks";

let data: DataSet;
let votes: Vote[];
beforeAll(async () => {
  const read = await readDataDir(REAL_DATA_DIR);
  if (!read.ok) throw new Error("real data must validate");
  data = read.data;
  votes = votesOf(data);
});
const vote = (id: string) => votes.find((v) => v.id === id)!;

/** A vote whose regional list is the given figures, to check the median by hand. */
function withUnits(base: Vote, figures: number[]): Vote {
  const units = figures.map((percent, i) => ({ unit: base.turnout.meta.units[i]!.id, percent }));
  return { ...base, regional: { ...base.regional, precision: 2, units } };
}

describe(voteSpread, () => {
  it("names the units at both ends (as the facts files do) and the range between them", () => {
    // ../shared/facts/kz-2022-intraday-turnout.md, 22:00: Zhetysu highest, Almaty city lowest.
    const s = voteSpread(vote("kz-2022-presidential"));
    expect([s.highest, s.lowest]).toEqual([["zhetysu"], ["almaty-city"]]);
    expect(s.range).toBe(points(s.max, s.min));
    expect(s.units).toHaveLength(20);
    // regional-turnout-referendum-observers.md §3: in 2019 Almaty Region highest, Almaty city lowest.
    const y2019 = voteSpread(vote("kz-2019-presidential"));
    expect([y2019.highest, y2019.lowest]).toEqual([["almaty-region"], ["almaty-city"]]);
  });

  it("takes the middle figure, or the mean of the middle two with one more decimal if needed", () => {
    const base = vote("kz-2022-presidential");
    // By hand: sorted 10, 20, 30 → 20; sorted 10, 20, 30, 41.25 → (20 + 30) / 2 = 25;
    // 10, 20.01, 30, 40 → (20.01 + 30) / 2 = 25.005, three decimals.
    expect(voteSpread(withUnits(base, [30, 10, 20])).median).toBe(20);
    expect(voteSpread(withUnits(base, [41.25, 30, 10, 20]))).toMatchObject({
      median: 25,
      medianDecimals: 2,
    });
    expect(voteSpread(withUnits(base, [10, 20.01, 30, 40]))).toMatchObject({
      median: 25.005,
      medianDecimals: 3,
    });
    expect(voteSpread(withUnits(base, [50, 10, 50])).highest).toHaveLength(2);
  });
});

describe(voteMoves, () => {
  it("leaves out units whose territory changed between the votes", () => {
    // data/units.json: Abai, Zhetysu and Ulytau were carved out of East Kazakhstan, Almaty Region
    // and Karaganda on 8 June 2022, between the referendum (5 June) and the November election.
    const m = voteMoves(data, vote("kz-2022-referendum"), vote("kz-2022-presidential"));
    expect([...m.excluded].sort()).toEqual(
      ["abai", "almaty-region", "east-kazakhstan", "karaganda", "ulytau", "zhetysu"].sort(),
    );
    expect(m.compared).toBe(14);
  });

  it("lists the largest rises and falls, each from the two votes' figures", () => {
    for (const m of turnoutChecks(data).moves) {
      const earlier = vote(m.earlierVoteId);
      const later = vote(m.laterVoteId);
      const all = turnoutChange(data, earlier, later).filter((c) => c.change !== null);
      for (const x of [...m.rises, ...m.falls]) expect(x.change).toBe(points(x.later, x.earlier));
      expect(m.rises.map((x) => x.change)).toEqual(
        all
          .map((c) => c.change!)
          .filter((c) => c > 0)
          .sort((a, b) => b - a)
          .slice(0, 3),
      );
      expect(m.falls.every((x) => x.change < 0)).toBe(true);
      expect(Math.min(...all.map((c) => c.change!))).toBe(m.falls[0]?.change ?? 0);
    }
  });
});
