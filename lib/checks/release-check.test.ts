import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../test/data-dir";
import type { DataSet } from "../data/dataset";
import { readDataDir } from "../data/store";
import { checkReleases, type ReleaseAt, type ReleaseSeries } from "./release-check";

let data: DataSet;
beforeAll(async () => {
  const read = await readDataDir(REAL_DATA_DIR);
  if (!read.ok) throw new Error("real data must validate");
  data = read.data;
});

const release = (
  time: string,
  units: Record<string, number>,
  extra: Partial<ReleaseAt> = {},
): ReleaseAt => ({
  id: `2022-11-20T${time.replace(":", "")}-preliminary`,
  label: time,
  asOf: `2022-11-20T${time}:00+06:00`,
  status: "preliminary",
  precision: 2,
  units: Object.entries(units).map(([unit, percent]) => ({ unit, percent })),
  ...extra,
});

/** An east unit whose polls close at 20:00 and a west one open until 21:00, as in data/. */
const series = (revisions: ReleaseAt[], closing = true): ReleaseSeries => ({
  meta: {
    id: "synthetic",
    timezone: "+06:00",
    pollsClose: closing
      ? { default: "20:00", byUnit: { west: "21:00" }, sourceIds: ["s"] }
      : undefined,
    units: [
      { id: "east", name: "East", type: "region" },
      { id: "west", name: "West", type: "region" },
    ],
  },
  revisions,
});

describe(checkReleases, () => {
  it("passes a clean day: rises before each unit's close, level after it", () => {
    const check = checkReleases(
      series([
        release("18:00", { east: 60, west: 55 }),
        release("20:00", { east: 65, west: 58 }),
        // The west was still voting at 20:00: its rise to 22:00 is expected.
        release("22:00", { east: 65, west: 59.5 }),
      ]),
    );
    expect(check?.flags).toEqual([]);
    expect(check?.pairs).toBe(4);
  });

  it("flags a decrease, and a rise after the unit's polls had closed", () => {
    const check = checkReleases(
      series([
        release("18:00", { east: 60, west: 55 }),
        release("20:00", { east: 65, west: 54.9 }),
        release("22:00", { east: 65.4, west: 56 }),
      ]),
    );
    expect(check?.flags.map((f) => [f.unit, f.kind, f.fromLabel, f.toLabel, f.change])).toEqual([
      ["east", "riseAfterClose", "20:00", "22:00", 0.4],
      ["west", "decrease", "18:00", "20:00", -0.1],
    ]);
    expect(check?.flags[0]?.closes).toBe("20:00");
  });

  it("compares a unit across a release whose list lacks it, from before its close", () => {
    const check = checkReleases(
      series([
        release("18:10", { east: 60, west: 55 }),
        release("20:10", { west: 57 }),
        release("22:10", { east: 62, west: 58 }),
      ]),
    );
    expect(check?.flags).toEqual([]);
  });

  it("looks only for decreases without closing times, and leaves out later days' counts", () => {
    const check = checkReleases(
      series(
        [
          release("20:00", { east: 65, west: 58 }),
          release("22:00", { east: 66, west: 59 }),
          release(
            "12:00",
            { east: 10, west: 10 },
            { asOf: "2022-11-22T12:00:00+06:00", status: "final" },
          ),
        ],
        false,
      ),
    );
    expect(check).toMatchObject({ closingTimes: false, flags: [], pairs: 2 });
  });

  it("has nothing to check with a single release", () => {
    expect(checkReleases(series([release("20:00", { east: 65 })]))).toBeUndefined();
  });

  it("flags in today's data the cases the intraday facts file lists, and nothing else", () => {
    // Hand-checked against ../shared/facts/kz-2022-intraday-turnout.md (20:00 and 22:00 tables):
    // North Kazakhstan closed at 20:00 and rose 78.24 → 79.01; Zhetysu 81.43 → 81.42 and Astana
    // 48.67 → 48.60 fell. In 2023 (regional-turnout-referendum-observers.md §2a) every unit rises or
    // stays level, and the only rises after 20:10 are the western regions, open until 21:00.
    const found = data.turnouts
      .flatMap((t) => checkReleases(t)?.flags ?? [])
      .map((f) => [f.datasetId, f.unit, f.kind, f.fromLabel, f.toLabel]);
    expect(found).toEqual([
      ["kz-2022-turnout-intraday", "zhetysu", "decrease", "20:00", "22:00"],
      ["kz-2022-turnout-intraday", "north-kazakhstan", "riseAfterClose", "20:00", "22:00"],
      ["kz-2022-turnout-intraday", "astana", "decrease", "20:00", "22:00"],
    ]);
  });

  it("gives each flag the figures as stored in the two releases", () => {
    const t = data.turnouts.find((d) => d.meta.id === "kz-2022-turnout-intraday")!;
    for (const f of checkReleases(t)!.flags) {
      const at = (id: string) =>
        t.revisions.find((r) => r.id === id)!.units!.find((u) => u.unit === f.unit)!.percent;
      expect([f.from, f.to]).toEqual([at(f.fromId), at(f.toId)]);
    }
  });
});
