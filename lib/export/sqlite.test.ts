import initSqlJs, { type Database } from "sql.js";
import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../test/data-dir";
import { toDashboardData } from "../data/dashboard-data";
import type { DataSet } from "../data/dataset";
import type { DashboardData } from "../data/loader";
import { readDataDir } from "../data/store";
import { nameOn } from "../data/name-on";
import { toAllTables } from "./all-tables";
import { FIGURE_CSV_COLUMNS } from "./figures-table";
import { REGIONAL_CSV_COLUMNS } from "./regional-columns";
import { toSqlite } from "./sqlite";

let raw: DataSet;
let data: DashboardData;
let bytes: Uint8Array;
let db: Database;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  raw = result.data;
  data = toDashboardData(raw, "en");
  bytes = await toSqlite(toAllTables(data, data, "en"), data.sources, "https://example.org");
  db = new (await initSqlJs()).Database(bytes);
});

const all = (sql: string, params: (string | number)[] = []) => {
  const [result] = db.exec(sql, params);
  return result ? result.values : [];
};
const count = (table: string) => all(`SELECT count(*) FROM ${table}`)[0]![0];

describe(toSqlite, () => {
  it("is a SQLite file with a row for every figure, result, observers' finding and source", () => {
    expect(new TextDecoder().decode(bytes.subarray(0, 16))).toBe("SQLite format 3\0");
    expect(count("figures")).toBe(data.figures.length + data.derived.length);
    const results = data.elections.flatMap((e) => e.revisions.flatMap((r) => r.results));
    expect(count("election_results")).toBe(results.length);
    expect(count("observers")).toBe(data.observers.length);
    expect(count("sources")).toBe(data.sources.length);
  });

  it("keeps the CSV's column names and order", () => {
    const names = (table: string) => all(`PRAGMA table_info(${table})`).map((r) => r[1]);
    expect(names("figures")).toEqual(FIGURE_CSV_COLUMNS.map((c) => c.header));
    expect(names("regional_turnout")).toEqual(REGIONAL_CSV_COLUMNS.map((c) => c.header));
  });

  it("holds the values of data/: votes of each option, a figure's value, a stated turnout", () => {
    const e = data.elections.find((x) => x.meta.id === "kz-2022-presidential")!;
    const r = e.revisions.at(-1)!;
    for (const x of r.results) {
      const votes = all(
        "SELECT votes FROM election_results WHERE election = ? AND revision = ? AND option_id = ?",
        [e.meta.id, r.id, x.option],
      );
      expect(votes).toEqual([[x.votes]]);
    }
    const figure = data.figures[0]!;
    expect(all("SELECT value, derived FROM figures WHERE id = ?", [figure.id])).toEqual([
      [figure.value, 0],
    ]);
    const turnout = data.turnouts[0]!;
    const release = turnout.revisions.at(-1)!;
    const national = all(
      "SELECT value FROM regional_turnout WHERE revision_id = ? AND unit_id = 'kz' AND measure = 'turnout'",
      [release.id],
    );
    expect(national).toEqual([[release.national.percent]]);
  });

  it("lists every table with its title, licence and sources, each in the sources table", () => {
    const tables = all("SELECT name, title, source_ids, licence FROM tables");
    expect(tables.map((t) => t[0])).toEqual(
      expect.arrayContaining(["figures", "election_results", "regional_turnout", "observers"]),
    );
    const ids = new Set(all("SELECT id FROM sources").map((r) => r[0]));
    for (const [name, title, sourceIds, licence] of tables) {
      expect(title, String(name)).toBeTruthy();
      expect(licence).toBe("CC BY 4.0");
      for (const id of String(sourceIds).split("; "))
        expect(ids.has(id), `${name}: ${id}`).toBe(true);
    }
    for (const [name] of tables) expect(count(String(name))).toBeGreaterThan(0);
  });

  it("names units in the language asked for", async () => {
    const kk = toDashboardData(raw, "kk");
    const kkDb = new (await initSqlJs()).Database(
      await toSqlite(toAllTables(data, kk, "kk"), data.sources, "https://example.org"),
    );
    const [row] = kkDb.exec(
      "SELECT unit_id, vote_date, unit_name FROM regional_turnout WHERE unit_id <> 'kz' LIMIT 1",
    )[0]!.values;
    const [unit, date, name] = row as string[];
    expect(name).toBe(nameOn(data, unit!, date!, "kk"));
    kkDb.close();
  });
});
