import { readFileSync } from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../../test/data-dir";
import { toDashboardData } from "../../data/dashboard-data";
import type { DataSet } from "../../data/dataset";
import type { DashboardData } from "../../data/loader";
import { readDataDir } from "../../data/store";
import { findChartSpec, toViewOptions, type ChartSpec } from "./registry";
import { turnoutMapChart } from "./turnout-map-chart";

let raw: DataSet;
let data: DashboardData;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  raw = result.data;
  data = toDashboardData(result.data, "en");
});

/** The map as a reader sees it: drafted, then put into the data's language. */
const mapOf: ChartSpec["build"] = (...args) => findChartSpec("kz-2022-turnout-map")!.build(...args);

const turnoutOf = (m: ReturnType<typeof mapOf>, id: string) =>
  m?.rows.find((r) => r.id === id)?.turnout;

describe(turnoutMapChart, () => {
  it("offers every release as a short id, final last (the default)", () => {
    const spec = findChartSpec("kz-2022-turnout-map")!;
    const options = toViewOptions(spec, spec.build(data)!);
    expect(options.releaseIds).toEqual([
      "1005",
      "1205",
      "1405",
      "1605",
      "1805",
      "2000",
      "2200",
      "final",
    ]);
    expect(options.types).toEqual(["map", "table"]);
    expect(options.revisionIds).toEqual([]);
  });

  it("colours by the release asked for (values from the 10:05 and 22:00 files)", () => {
    const early = mapOf(data, "2022-11-20T1005-preliminary");
    expect(turnoutOf(early, "almaty-city")).toBe(8.42);
    expect(turnoutOf(early, "karaganda")).toBe(32.27);
    expect(early?.release).toBe("1005");
    const late = mapOf(data, "2022-11-20T2200-preliminary");
    expect(turnoutOf(late, "zhetysu")).toBe(81.42);
  });

  it("shows the 22:00 regions for the final count, which gave none, and says so", () => {
    const final = mapOf(data)!;
    // The release the tiles show, which the slider marks; the final count is no step of it.
    expect(final.release).toBe("2200");
    expect(final.releases?.find((r) => r.id === "final")?.mapped).toBe(false);
    expect(turnoutOf(final, "zhetysu")).toBe(81.42);
    expect(final.subtitle).toContain("22:00");
    expect(final.subtitle).toContain("the final count gave no regional figures");
    expect(final.status?.revisionId).toBe("2022-11-20T2200-preliminary");
    expect(final.summary).toContain("Nationally: 69.44% (final)");
  });

  // Russian and Kazakh need the noun: «(окончательные)» alone leaves the adjective hanging.
  it.each(["ru", "kk"] as const)("names the final count with its noun in %s", (locale) => {
    const words = JSON.parse(
      readFileSync(path.join(import.meta.dirname, `../../i18n/messages/${locale}.json`), "utf8"),
    ) as { status: { final: string }; regionVotes: { status: { final: string } } };
    const m = mapOf(toDashboardData(data, locale))!;
    expect(m.summary).toContain(`(${words.regionVotes.status.final}).`);
    expect(m.summary).not.toContain(`(${words.status.final.toLowerCase()}).`);
  });

  it("ranks the units, and lists them in the map's reading order", () => {
    const m = mapOf(data, "2022-11-20T2200-preliminary")!;
    expect(m.rows.find((r) => r.id === "zhetysu")?.rank).toBe(1);
    expect(m.rows.find((r) => r.id === "almaty-city")?.rank).toBe(20);
    expect(m.rows.slice(0, 3).map((r) => r.id)).toEqual([
      "north-kazakhstan",
      "astana",
      "west-kazakhstan",
    ]);
    expect(m.rows).toHaveLength(20);
  });
});

/** A release's units read straight from data/, to hold the map to the stored numbers. */
function stored(dataset: string, file: string): Map<string, number> {
  const json = JSON.parse(
    readFileSync(path.join(REAL_DATA_DIR, "datasets", dataset, "revisions", file), "utf8"),
  ) as { units: { unit: string; percent: number }[] };
  return new Map(json.units.map((u) => [u.unit, u.percent]));
}

describe("the map of another vote", () => {
  it("shows 2019's 17 units as they were, and marks the three regions created later", () => {
    const m = mapOf(data, null, { vote: "kz-2019-presidential" })!;
    const file = stored("kz-2019-turnout-presidential", "2019-06-09T2000-preliminary.json");
    expect(m.vote).toBe("kz-2019-presidential");
    expect(m.releases?.map((r) => r.id)).toEqual(["1800", "2000"]);
    for (const [id, percent] of file) expect(turnoutOf(m, id)).toBe(percent);
    const absent = m.rows.filter((r) => r.status === "absent").map((r) => r.id);
    expect(absent.sort()).toEqual(["abai", "ulytau", "zhetysu"]);
    expect(m.rows).toHaveLength(20);
    expect(m.rows.find((r) => r.id === "karaganda")?.note).toContain("Ulytau");
  });

  it("names the capital as it was called on the vote's day, in the table and on the tile", () => {
    const names = JSON.parse(readFileSync(path.join(REAL_DATA_DIR, "names.json"), "utf8")) as {
      names: { id: string; ru: string; formerly?: { id: string; ru: string }[] }[];
    };
    const astana = names.names.find((n) => n.id === "astana")!;
    const former = astana.formerly![0]!;
    const ru = toDashboardData(raw, "ru");
    const city = (vote: string) => mapOf(ru, null, { vote })!.rows.find((r) => r.id === "astana")!;
    for (const vote of ["kz-2019-presidential", "kz-2022-referendum"])
      expect(city(vote), vote).toMatchObject({ unit: former.ru, nameId: former.id });
    for (const vote of ["kz-2022-presidential", "kz-2023-mazhilis"])
      expect(city(vote), vote).toMatchObject({ unit: astana.ru, nameId: "astana" });
    const change = mapOf(ru, null, {
      vote: "kz-2022-referendum",
      compare: "kz-2019-presidential",
    })!;
    expect(change.rows.find((r) => r.id === "astana")).toMatchObject({ unit: former.ru });
  });

  it("offers each vote once, the presidential election of 2022 first as the default", () => {
    const spec = findChartSpec("kz-2022-turnout-map")!;
    const options = toViewOptions(spec, spec.build(data)!);
    expect(options.voteIds[0]).toBe("kz-2022-presidential");
    expect(new Set(options.voteIds).size).toBe(data.turnouts.length);
    expect(options.releaseIdsByVote["kz-2023-mazhilis"]).toEqual(["1810", "2010", "2210"]);
  });
});

describe("the change view", () => {
  it("gives the change in points only where a unit kept its territory", () => {
    const m = mapOf(data, null, { compare: "kz-2019-presidential" })!;
    const y2019 = stored("kz-2019-turnout-presidential", "2019-06-09T2000-preliminary.json");
    const y2022 = stored("kz-2022-turnout-intraday", "2022-11-20T2200-preliminary.json");
    expect(m.unit).toBe("points");
    const row = (id: string) => m.rows.find((r) => r.id === id)!;
    expect(row("kyzylorda").change).toBeCloseTo(y2022.get("kyzylorda")! - y2019.get("kyzylorda")!);
    expect(row("kyzylorda").earlier).toBe(y2019.get("kyzylorda"));
    for (const id of ["karaganda", "east-kazakhstan", "almaty-region"])
      expect(row(id)).toMatchObject({ status: "split", change: null });
    for (const id of ["abai", "zhetysu", "ulytau"])
      expect(row(id)).toMatchObject({ status: "new", change: null });
    expect(m.compare).toBe("kz-2019-presidential");
  });

  it("compares two votes before the split unit by unit, leaving out regions that existed at neither", () => {
    const m = mapOf(data, null, {
      vote: "kz-2022-referendum",
      compare: "kz-2019-presidential",
    })!;
    const compared = m.rows.filter((r) => r.change !== null);
    expect(compared).toHaveLength(
      stored("kz-2022-turnout-referendum", "2022-06-05T2200-preliminary.json").size,
    );
    expect(m.rows.filter((r) => r.status === "absent")).toHaveLength(3);
  });

  it("never calls a fall the biggest rise: where every unit fell, it names the least and most fall", () => {
    const m = mapOf(data, null, { vote: "kz-2023-mazhilis", compare: "kz-2022-presidential" })!;
    const changes = m.rows.flatMap((r) => (typeof r.change === "number" ? [r] : []));
    expect(changes.every((r) => (r.change as number) < 0)).toBe(true);
    const [least, most] = [...changes]
      .sort((a, b) => (b.change as number) - (a.change as number))
      .filter((_, i, all) => i === 0 || i === all.length - 1);
    expect(m.summary).not.toContain("biggest rise");
    expect(m.summary).toContain(`fell in ${changes.length} of the ${changes.length} units`);
    expect(m.summary).toContain(`the smallest fall was in ${least!.unit}`);
    expect(m.summary).toContain(`the biggest in ${most!.unit}`);
  });
});
