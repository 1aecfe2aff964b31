import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../../test/data-dir";
import type { DataSet } from "../../data/dataset";
import { toDashboardData } from "../../data/dashboard-data";
import { readDataDir } from "../../data/store";
import { resolveText, textContext } from "../../text/resolve-text";
import type { Text } from "../../text/text";
import { toRegionVotes } from "./region-votes";

let data: DataSet;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  data = result.data;
});
const votesIn = (id: string, locale: "en" | "ru" | "kk" = "en") =>
  toRegionVotes(toDashboardData(data, locale), id);
/** A text of the model as a page of `locale` puts it. */
const words = (text: Text | null, locale: "en" | "ru" | "kk" = "en") =>
  text && resolveText(text, textContext(toDashboardData(data, locale)));

const read = <T>(...path: string[]) =>
  JSON.parse(readFileSync(join(REAL_DATA_DIR, ...path), "utf8")) as T;

interface RawRelease {
  precision: number;
  national: { percent: number };
  units?: { unit: string; percent: number }[];
  partialUnits?: true;
}
/**
 * Each vote's regional release straight from data/: the newest file of a turnout dataset with a full
 * regional list, keyed by the election's id, oldest vote first.
 */
function rawVotes(): { id: string; date: string; release: RawRelease }[] {
  const dir = join(REAL_DATA_DIR, "datasets");
  return readdirSync(dir)
    .flatMap((d) => {
      const meta = read<{ kind: string; electionId?: string }>("datasets", d, "meta.json");
      if (meta.kind !== "turnout" || !meta.electionId) return [];
      const election = read<{ electionDate: string }>("datasets", meta.electionId, "meta.json");
      const release = readdirSync(join(dir, d, "revisions"))
        .sort()
        .map((f) => read<RawRelease>("datasets", d, "revisions", f))
        .findLast((r) => r.units && !r.partialUnits)!;
      return [{ id: meta.electionId, date: election.electionDate, release }];
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}
const percentOf = (r: RawRelease, unit: string) => r.units!.find((u) => u.unit === unit)!.percent;
const rawUnits = () =>
  read<{ units: { id: string; from?: string; splitFrom?: string }[] }>("units.json").units;

describe(toRegionVotes, () => {
  it("is undefined for an id that is not a unit", () => {
    expect(votesIn("atlantis")).toBeUndefined();
    expect(votesIn("__proto__")).toBeUndefined();
  });

  it("gives a unit that existed throughout a row for every vote, with its figures as stored", () => {
    const raw = rawVotes();
    const rows = votesIn("kyzylorda")!.rows;
    expect(rows.map((r) => r.voteId)).toEqual(raw.map((v) => v.id));
    rows.forEach((row, i) => {
      const { release } = raw[i]!;
      expect(row.turnout).toBe(percentOf(release, "kyzylorda"));
      expect(row.national).toBe(release.national.percent);
      expect(row.of).toBe(release.units!.length);
      expect(row.decimals).toBe(release.precision);
    });
    expect(new Set(rows.map((r) => r.of)).size).toBeGreaterThan(1); // 17 units, then 20
  });

  it("gives a unit created in 2022 only the votes after its creation", () => {
    const abai = rawUnits().find((u) => u.id === "abai")!;
    const after = rawVotes().filter((v) => v.date >= abai.from!);
    const votes = votesIn("abai")!;
    expect(votes.rows.map((r) => r.voteId)).toEqual(after.map((v) => v.id));
    expect(votes.rows.length).toBeLessThan(rawVotes().length);
    // Its first vote has nothing to compare with; the reason says when it was created.
    expect(votes.rows[0]!.change).toBeNull();
    expect(words(votes.rows[0]!.noChange)).toBe(
      "did not exist at the vote before: created on 8 Jun 2022",
    );
    expect(votes.rows[1]!.change).not.toBeNull();
  });

  it("gives no change across a split, and the change read off the stored values elsewhere", () => {
    const raw = rawVotes();
    const referendum = raw.find((v) => v.id === "kz-2022-referendum")!.release;
    const november = raw.find((v) => v.id === "kz-2022-presidential")!.release;
    const row = (unit: string) =>
      votesIn(unit)!.rows.find((r) => r.voteId === "kz-2022-presidential")!;
    expect(row("karaganda").change).toBeNull();
    expect(words(row("karaganda").noChange)).toBe(
      "territory changed: Ulytau Region was split off on 8 Jun 2022",
    );
    expect(row("kyzylorda").change).toBeCloseTo(
      percentOf(november, "kyzylorda") - percentOf(referendum, "kyzylorda"),
      9,
    );
    expect(row("kyzylorda").noChange).toBeNull();
  });

  it("states a change no finer than the coarser of the two releases", () => {
    const [first, second] = votesIn("kyzylorda")!.rows;
    const [raw1, raw2] = rawVotes();
    expect(first!.change).toBeNull();
    expect(first!.noChange).toBeNull();
    expect(second!.changeDecimals).toBe(Math.min(raw1!.release.precision, raw2!.release.precision));
  });

  it("names the unit a new one came from, and the units carved out of an old one", () => {
    const { names } = read<{ names: { id: string; ru: string }[] }>("names.json");
    const ru = (id: string) => names.find((n) => n.id === id)!.ru;
    for (const u of rawUnits().filter((x) => x.splitFrom)) {
      const created = votesIn(u.id, "ru")!.createdFrom!;
      expect(created.units.map((x) => [x.id, words(x.name, "ru")])).toEqual([
        [u.splitFrom, ru(u.splitFrom!)],
      ]);
      expect(created.on).toBe(u.from);
      const parent = votesIn(u.splitFrom!, "ru")!;
      expect(parent.splitOff.flatMap((s) => s.units.map((x) => x.id))).toEqual([u.id]);
      expect(parent.lineageSourceIds.length).toBeGreaterThan(0);
    }
    const kyzylorda = votesIn("kyzylorda")!;
    expect(kyzylorda.createdFrom).toBeUndefined();
    expect(kyzylorda.splitOff).toEqual([]);
    expect(kyzylorda.lineageSourceIds).toEqual([]);
  });

  it("names the unit at a vote as it was called that day where that differs from today", () => {
    const astana = read<{
      names: { id: string; formerly?: { from: string; until: string; ru: string; kk: string }[] }[];
    }>("names.json").names.find((n) => n.id === "astana")!;
    const former = astana.formerly![0]!;
    for (const locale of ["ru", "kk"] as const) {
      const rows = votesIn("astana", locale)!.rows;
      expect(rows.length).toBe(rawVotes().length);
      for (const r of rows)
        expect(words(r.calledThen, locale), `${locale} ${r.voteId}`).toBe(
          former.from <= r.date && r.date < former.until ? former[locale] : null,
        );
      expect(rows.filter((r) => r.calledThen !== null).map((r) => r.voteId)).toEqual([
        "kz-2019-presidential",
        "kz-2022-referendum",
      ]);
    }
    expect(votesIn("karaganda", "ru")!.rows.every((r) => r.calledThen === null)).toBe(true);
  });

  it("describes how often the unit was above the country, counted from the stored values", () => {
    const raw = rawVotes();
    const year = raw[0]!.date.slice(0, 4);
    const above = (unit: string) =>
      raw.filter((v) => percentOf(v.release, unit)! > v.release.national.percent).length;
    const below = (unit: string) =>
      raw.filter((v) => percentOf(v.release, unit)! < v.release.national.percent).length;
    // Almaty city was below the country every time; Karaganda above it at some votes only.
    expect(below("almaty-city")).toBe(raw.length);
    expect(words(votesIn("almaty-city")!.summary)).toContain(
      `below the country's at all ${raw.length} of its votes since ${year}.`,
    );
    expect(above("karaganda")).toBeGreaterThan(0);
    expect(above("karaganda")).toBeLessThan(raw.length);
    expect(words(votesIn("karaganda")!.summary)).toContain(
      `above the country's at ${above("karaganda")} of its ${raw.length} votes since ${year}.`,
    );
  });
});
