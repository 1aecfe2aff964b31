import { readFileSync } from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../../test/data-dir";
import { realData } from "../../../test/localized-data";
import { toDashboardData } from "../../data/dashboard-data";
import { latestRevision, type DataSet } from "../../data/dataset";
import { findChartSpec } from "./registry";
import { STATIONS_CHART_ID } from "./stations-chart";

let data: DataSet;
beforeAll(async () => {
  data = await realData();
});

const build = (locale: "en" | "ru" | "kk", from: DataSet = data) =>
  findChartSpec(STATIONS_CHART_ID)!.build(toDashboardData(from, locale));

type Stations = Record<string, number> & { sourceIdsByField: Record<string, string[]> };

/** An election's newest revision as its file holds it, read apart from the loader. */
function stationsInFile(election: string): Stations {
  const e = data.elections.find((x) => x.meta.id === election)!;
  const file = path.join(REAL_DATA_DIR, latestRevision(e.revisions).file);
  return (JSON.parse(readFileSync(file, "utf8")) as { pollingStations: Stations }).pollingStations;
}

/** A copy of the data whose newest revision of an election has lost the sources of some counts. */
function withoutSources(election: string, ...fields: string[]) {
  const copy = structuredClone(data);
  const r = latestRevision(copy.elections.find((x) => x.meta.id === election)!.revisions);
  for (const field of fields) delete r.pollingStations!.sourceIdsByField![field as never];
  return copy;
}

// The votes whose files give their stations with sources, oldest first.
const VOTES = [
  "kz-2019-presidential",
  "kz-2022-referendum",
  "kz-2022-presidential",
  "kz-2023-mazhilis",
];

describe("polling stations at each vote", () => {
  it("gives each vote's counts as its newest revision's file states them, oldest first", () => {
    const model = build("en")!;
    expect(model.rows.map((r) => r.id)).toEqual(VOTES);
    for (const row of model.rows) {
      const file = stationsInFile(String(row.id));
      expect(row.total, `${row.id}`).toBe(file.total);
      expect(row.abroad, `${row.id}`).toBe(file.abroad);
      expect(row.abroadCountries, `${row.id}`).toBe(file.abroadCountries ?? null);
    }
    // Hand-checked against the facts sheet: 2019 gives no count of countries.
    expect(model.rows[0]!.abroadCountries).toBeNull();
  });

  it("cites each count's own sources: the total's apart from those of the counts abroad", () => {
    const model = build("en")!;
    const publisher = (id: string) => data.sources.find((s) => s.id === id)!.publisher;
    for (const row of model.rows) {
      const byField = stationsInFile(String(row.id)).sourceIdsByField;
      const abroad = [...(byField.abroad ?? []), ...(byField.abroadCountries ?? [])];
      for (const id of byField.total!)
        expect(String(row.totalSource), `${row.id} total cites ${id}`).toContain(publisher(id));
      for (const id of abroad)
        expect(String(row.abroadSource), `${row.id} abroad cites ${id}`).toContain(publisher(id));
      expect(model.sourceIds).toEqual(expect.arrayContaining([...byField.total!, ...abroad]));
    }
    // Hand-checked against the facts sheet: in 2019 one paper gives the stations abroad, two the
    // total; the total's second source is not cited for the count abroad.
    const row2019 = model.rows.find((r) => r.id === "kz-2019-presidential")!;
    expect(String(row2019.abroadSource)).toBe("Nine O'Clock · one source");
    expect(String(row2019.totalSource)).not.toContain("one source");
    expect(String(row2019.totalSource)).toContain("Deccan Chronicle");
    // Hand-checked against the stored pages: only Informburo says the referendum's 10,012 include
    // the 65 abroad; Kazinform's English report gives the same number but reads the 65 as added.
    const referendum = model.rows.find((r) => r.id === "kz-2022-referendum")!;
    expect(String(referendum.totalSource)).toBe("Informburo · one source");
    expect(String(referendum.abroadSource)).toContain("Kazinform");
    // Neither the result's own sources nor the stations at home (not shown) are cited here.
    expect(model.sourceIds).not.toContain("wikipedia-2019-presidential");
    expect(model.sourceIds).not.toContain("kazinform-2022-turnout-16");
  });

  it("leaves out a count without sources, and an election without a sourced total", () => {
    const noAbroad = build("en", withoutSources("kz-2019-presidential", "abroad"))!;
    const row2019 = noAbroad.rows.find((r) => r.id === "kz-2019-presidential")!;
    expect(row2019.abroad).toBeNull();
    expect(noAbroad.summary).toMatch(/Presidential 2019: 9,968 polling stations\./);
    const noTotal = build("en", withoutSources("kz-2023-mazhilis", "total"))!;
    expect(noTotal.rows.map((r) => r.id)).not.toContain("kz-2023-mazhilis");
    // One vote alone is no comparison.
    const alone = withoutSources("kz-2019-presidential", "total");
    for (const id of ["kz-2022-referendum", "kz-2023-mazhilis"]) {
      const last = latestRevision(alone.elections.find((x) => x.meta.id === id)!.revisions);
      delete last.pollingStations!.sourceIdsByField!.total;
    }
    expect(build("en", alone)).toBeUndefined();
  });

  it("is written in each language, with every count in the description", () => {
    for (const locale of ["kk", "ru", "en"] as const) {
      const model = build(locale)!;
      expect(model.title).not.toMatch(/charts\./);
      expect(model.title).toContain("2019");
      expect(model.title).toContain("2023");
      const digits = model.summary.replace(/\D/g, "");
      for (const vote of VOTES) {
        const file = stationsInFile(vote);
        expect(digits, `${locale} ${vote}`).toContain(String(file.total));
        expect(digits, `${locale} ${vote}`).toContain(String(file.abroad));
      }
    }
  });
});
