import { readFileSync } from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../../test/data-dir";
import { realData } from "../../../test/localized-data";
import { toDashboardData } from "../../data/dashboard-data";
import { latestRevision, type DataSet } from "../../data/dataset";
import { POLLING_CHART_ID } from "./polling-chart";
import { findChartSpec } from "./registry";

let data: DataSet;
beforeAll(async () => {
  data = await realData();
});

const build = (locale: "en" | "ru" | "kk", from: DataSet = data) =>
  findChartSpec(POLLING_CHART_ID)!.build(toDashboardData(from, locale));

/** The newest 2022 revision as its file holds it, read apart from the loader. */
function newestFile() {
  const e = data.elections.find((x) => x.meta.id === "kz-2022-presidential")!;
  const file = path.join(REAL_DATA_DIR, latestRevision(e.revisions).file);
  return JSON.parse(readFileSync(file, "utf8")) as {
    pollingStations: Record<string, number> & { sourceIdsByField: Record<string, string[]> };
    abroad: Record<string, number> & { sourceIdsByField: Record<string, string[]> };
  };
}

/** A copy of the data whose newest 2022 revision has lost the sources of some figures. */
function withoutSources(...fields: [part: "pollingStations" | "abroad", field: string][]) {
  const copy = structuredClone(data);
  const e = copy.elections.find((x) => x.meta.id === "kz-2022-presidential")!;
  const r = latestRevision(e.revisions);
  for (const [part, field] of fields) delete r[part]!.sourceIdsByField![field as never];
  return copy;
}

describe("polling stations and voting abroad, 2022", () => {
  it("shows each count as the newest revision's file states it, on a card of its own", () => {
    const file = newestFile();
    const model = build("en")!;
    expect(model.kind).toBe("cards");
    const values = Object.fromEntries(model.rows.map((r) => [r.id, r.value]));
    expect(values).toEqual({
      stations: file.pollingStations.total,
      "stations-abroad": file.pollingStations.abroad,
      "countries-abroad": file.pollingStations.abroadCountries,
      "voters-abroad": file.abroad.registeredVoters,
      "voted-abroad": file.abroad.voted,
      "turnout-abroad": file.abroad.turnoutPercent,
    });
  });

  it("gives each row its own unit, and the turnout abroad the decimals it was stated with", () => {
    const file = newestFile();
    const model = build("ru")!;
    const turnout = model.rows.find((r) => r.id === "turnout-abroad")!;
    expect(turnout.unit).toBe("percent");
    // Hand-written: 88.47 as Russian prints a percentage, with a decimal comma.
    expect(file.abroad.turnoutPercent).toBe(88.47);
    expect(String(turnout.stated).replace(/\s/g, " ")).toBe("88,47 %");
    expect(model.rows.find((r) => r.id === "stations")!.unit).toBe("count");
    const value = model.table.find((c) => c.key === "value")!;
    expect(value.unit).toBeUndefined();
    expect(value.unitFrom).toBe("unit");
    const unitColumn = model.table.find((c) => c.key === "unit")!;
    expect(Object.keys(unitColumn.shown!).sort()).toEqual(["count", "people", "percent"]);
  });

  it("cites, for each count, the publishers of that count's own sources", () => {
    const file = newestFile();
    const model = build("en")!;
    const publisher = (id: string) => data.sources.find((s) => s.id === id)!.publisher;
    const expected = {
      stations: file.pollingStations.sourceIdsByField.total!,
      "voted-abroad": file.abroad.sourceIdsByField.voted!,
    };
    for (const [row, ids] of Object.entries(expected)) {
      const cited = String(model.rows.find((r) => r.id === row)!.source);
      for (const id of ids) expect(cited, `${row} cites ${id}`).toContain(publisher(id));
    }
    expect(model.sourceIds).toEqual(
      expect.arrayContaining([
        ...file.pollingStations.sourceIdsByField.total!,
        ...file.abroad.sourceIdsByField.voted!,
      ]),
    );
    // The stations inside the country rest on one source here: not shown, so not cited.
    expect(model.sourceIds).not.toContain("kazinform-2022-turnout-16");
  });

  it("leaves out a count whose sources are missing, and the whole chart when none has any", () => {
    const oneLost = build("en", withoutSources(["abroad", "voted"]))!;
    expect(oneLost.rows.map((r) => r.id)).not.toContain("voted-abroad");
    expect(oneLost.summary).not.toContain("11,360");
    const allLost = withoutSources(
      ["pollingStations", "total"],
      ["pollingStations", "abroad"],
      ["pollingStations", "abroadCountries"],
      ["abroad", "registeredVoters"],
      ["abroad", "voted"],
      ["abroad", "turnoutPercent"],
    );
    expect(build("en", allLost)).toBeUndefined();
  });

  it("is written in each language, with each count in the description", () => {
    const file = newestFile();
    for (const locale of ["kk", "ru", "en"] as const) {
      const model = build(locale)!;
      expect(model.title).not.toMatch(/charts\./);
      for (const row of model.rows) expect(String(row.measure)).not.toMatch(/charts\./);
      const digits = model.summary.replace(/\D/g, "");
      expect(digits).toContain(String(file.pollingStations.total));
      expect(digits).toContain(String(file.abroad.registeredVoters));
      expect(digits).toContain(String(file.abroad.turnoutPercent).replace(".", ""));
    }
  });
});
