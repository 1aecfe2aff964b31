import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { parse } from "csv-parse/sync";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../test/data-dir";
import { validateDataPackage } from "../../test/frictionless";
import { toDashboardData } from "../data/dashboard-data";
import type { DashboardData } from "../data/loader";
import { readDataDir } from "../data/store";
import { toCsv } from "./csv";
import { toDownloadSet } from "./download-set";
import { toDataPackage } from "./package";
import { REGIONAL_CSV_COLUMNS, type RegionalExportRow } from "./regional-columns";
import { toRegionalRows, toRegionalTable } from "./regional-table";
import { toTableSchema } from "./table-schema";
import { toZip } from "./zip";

// The expected values below are read from data/ with plain JSON.parse, not through the loader.
interface RawRelease {
  id: string;
  partialUnits?: true;
  national: { percent: number; voters?: number; registeredVoters?: number };
  units?: { unit: string; percent: number }[];
}
interface RawTurnout {
  id: string;
  electionId: string;
  releases: RawRelease[];
}
const DATASETS = path.join(REAL_DATA_DIR, "datasets");
const readJson = <T>(...parts: string[]) =>
  JSON.parse(readFileSync(path.join(...parts), "utf8")) as T;

function rawTurnouts(): RawTurnout[] {
  return readdirSync(DATASETS).flatMap((dir) => {
    const meta = readJson<{ kind: string; electionId?: string }>(DATASETS, dir, "meta.json");
    if (meta.kind !== "turnout" || !meta.electionId) return [];
    const releases = readdirSync(path.join(DATASETS, dir, "revisions"))
      .sort()
      .map((f) => ({
        ...readJson<Omit<RawRelease, "id">>(DATASETS, dir, "revisions", f),
        id: f.replace(/\.json$/, ""),
      }));
    return [{ id: dir, electionId: meta.electionId, releases }];
  });
}

let data: DashboardData;
let rows: RegionalExportRow[];
let scratch: string;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  data = toDashboardData(result.data, "en");
  rows = toRegionalRows(data);
  scratch = await mkdtemp(path.join(tmpdir(), "kz-regional-"));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

const rowsOf = (vote: string) => rows.filter((r) => r.vote_id === vote);

describe(toRegionalRows, () => {
  it("has one row per vote, release, unit (and the country) and stated measure", () => {
    const turnouts = rawTurnouts();
    expect(turnouts.length).toBeGreaterThanOrEqual(4);
    const expected = turnouts
      .flatMap((t) => t.releases)
      .reduce(
        (sum, r) =>
          sum +
          (r.units?.length ?? 0) +
          1 +
          (r.national.voters === undefined ? 0 : 1) +
          (r.national.registeredVoters === undefined ? 0 : 1),
        0,
      );
    expect(rows).toHaveLength(expected);
    expect(new Set(rows.map((r) => r.vote_id))).toEqual(new Set(turnouts.map((t) => t.electionId)));
  });

  it("gives each vote's figures as its files state them", () => {
    for (const t of rawTurnouts()) {
      for (const release of t.releases) {
        const at = rows.filter((r) => r.revision_id === release.id && r.dataset_id === t.id);
        const value = (unit: string, measure: string) =>
          at.find((r) => r.unit_id === unit && r.measure === measure)?.value;
        expect(value("kz", "turnout"), release.id).toBe(release.national.percent);
        expect(value("kz", "voters"), release.id).toBe(release.national.voters);
        expect(value("kz", "registered_voters"), release.id).toBe(
          release.national.registeredVoters,
        );
        for (const u of release.units ?? [])
          expect(value(u.unit, "turnout"), `${release.id} ${u.unit}`).toBe(u.percent);
        expect(at.every((r) => r.partial_list === (release.partialUnits === true))).toBe(true);
      }
    }
    const aktobe = readJson<RawRelease>(
      DATASETS,
      "kz-2019-turnout-presidential",
      "revisions",
      "2019-06-09T2000-preliminary.json",
    ).units!.find((u) => u.unit === "aktobe")!;
    expect(
      rowsOf("kz-2019-presidential").find((r) => r.release_id === "2000" && r.unit_id === "aktobe"),
    ).toMatchObject({
      value: aktobe.percent,
      unit: "percent",
      decimals: 1,
      vote_type: "presidential",
    });
  });

  it("stores no figure a release did not state: the 2022 final has national rows only", () => {
    const final = rowsOf("kz-2022-presidential").filter((r) => r.release_id === "final");
    expect(final.length).toBeGreaterThan(0);
    expect(final.every((r) => r.unit_id === "kz")).toBe(true);
    expect(final.find((r) => r.measure === "voters")).toMatchObject({
      decimals: 0,
      unit: "people",
    });
  });

  it("lists each vote's units of its day: 2023 has the three regions created in June 2022", () => {
    const { units } = readJson<{ units: { id: string; from?: string; until?: string }[] }>(
      REAL_DATA_DIR,
      "units.json",
    );
    const [early, late] = ["2019-06-09", "2023-03-19"];
    const ids = (vote: string) => new Set(rowsOf(vote).map((r) => r.unit_id));
    const in2019 = ids("kz-2019-presidential");
    const in2023 = ids("kz-2023-mazhilis");
    const created = units
      .filter((u) => u.from && early < u.from && u.from <= late)
      .map((u) => u.id);
    const dissolved = units.filter((u) => u.until && early <= u.until && u.until < late);
    expect(created.length).toBeGreaterThan(0);
    expect([...in2023].filter((id) => !in2019.has(id)).sort()).toEqual(created.sort());
    expect([...in2019].filter((id) => !in2023.has(id)).sort()).toEqual(
      dissolved.map((u) => u.id).sort(),
    );
  });

  it("names units in the language asked for and keeps every other column", () => {
    const names = readJson<{ names: { id: string; kk: string; ru: string }[] }>(
      REAL_DATA_DIR,
      "names.json",
    ).names;
    const kk = toRegionalRows(data, { lang: "kk" });
    const akmola = kk.find((r) => r.unit_id === "akmola")!;
    expect(akmola.unit_name).toBe(names.find((n) => n.id === "akmola")!.kk);
    expect(kk.find((r) => r.unit_id === "kz")!.unit_name).toBe("Қазақстан");
    expect(rows.find((r) => r.unit_id === "kz")!.unit_name).toBe("Kazakhstan");
    const neutral = (list: RegionalExportRow[]) => list.map(({ unit_name: _n, ...rest }) => rest);
    expect(neutral(kk)).toEqual(neutral(rows));
  });

  it("names a unit as it was called on the vote's day, in every language", () => {
    const astana = readJson<{
      names: { id: string; ru: string; formerly?: { en: string; kk: string; until: string }[] }[];
    }>(REAL_DATA_DIR, "names.json").names.find((n) => n.id === "astana")!;
    const former = astana.formerly![0]!;
    const city = (list: RegionalExportRow[], vote: string) => [
      ...new Set(
        list.filter((r) => r.unit_id === "astana" && r.vote_id === vote).map((r) => r.unit_name),
      ),
    ];
    const kk = toRegionalRows(data, { lang: "kk" });
    const ru = toRegionalRows(data, { lang: "ru" });
    expect(city(rows, "kz-2019-presidential")).toEqual([former.en]);
    expect(city(kk, "kz-2022-referendum")).toEqual([former.kk]);
    const later = [
      ...new Set(rows.filter((r) => r.vote_date >= former.until).map((r) => r.vote_id)),
    ];
    expect(later.length).toBeGreaterThan(0);
    for (const vote of later) expect(city(ru, vote), vote).toEqual([astana.ru]);
  });

  it("writes a CSV whose columns and numbers read back as stored", () => {
    const csv = toCsv(rows, REGIONAL_CSV_COLUMNS, { bom: false });
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0]!)).toEqual(REGIONAL_CSV_COLUMNS.map((c) => c.header));
    expect(records).toHaveLength(rows.length);
    expect(records.map((r) => Number(r.value))).toEqual(rows.map((r) => r.value));
  });
});

describe(toRegionalTable, () => {
  it("keys the table by vote, release, unit and measure, with enums and types", () => {
    const schema = toDataPackage(toRegionalTable(data)).resources[0]!.schema;
    expect(schema.primaryKey).toEqual(["vote_id", "release_id", "unit_id", "measure"]);
    const field = (name: string) => schema.fields.find((f) => f.name === name)!;
    expect(field("measure").constraints?.enum).toEqual(["turnout", "voters", "registered_voters"]);
    expect(field("vote_type").constraints?.enum).toEqual(
      expect.arrayContaining(["presidential", "legislative", "referendum"]),
    );
    expect(field("vote_date").type).toBe("date");
    expect(field("release_as_of").type).toBe("datetime");
    expect(field("decimals").type).toBe("integer");
    expect(field("partial_list").type).toBe("boolean");
  });

  it("validates as a Tabular Data Package, from its zip", async () => {
    const set = toDownloadSet(toRegionalTable(data));
    expect(set.zipName).toBe("kz-regional-turnout.zip");
    for (const [name, bytes] of Object.entries(unzipSync(toZip(set.files))))
      await writeFile(path.join(scratch, name), bytes);
    expect(await validateDataPackage(scratch)).toEqual([]);
  });
});

describe("toTableSchema with key parts", () => {
  const part = (header: string) => ({
    header,
    value: (row: Record<string, string | null>) => row[header],
    title: header,
    description: header,
    type: "string" as const,
    keyPart: true,
  });
  it("keys by every part together, and by none when two rows share them all or one lacks one", () => {
    const columns = [part("a"), part("b")];
    const unique = [
      { a: "x", b: "1" },
      { a: "x", b: "2" },
    ];
    expect(toTableSchema(columns, unique).primaryKey).toEqual(["a", "b"]);
    expect(toTableSchema(columns, [...unique, { a: "x", b: "1" }]).primaryKey).toBeUndefined();
    expect(toTableSchema(columns, [...unique, { a: "y", b: null }]).primaryKey).toBeUndefined();
  });
});
