import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../test/data-dir";
import { toChartMetadataJson, toChartReadme } from "./chart-citation";
import { toChartCsvFilename } from "./chart-csv";
import { toChartTable } from "./chart-table";
import { toTableCsv } from "./table";
import { findChartSpec } from "../charts/model/registry";
import { toCsv } from "./csv";
import type { DashboardData } from "../data/loader";
import { readDataDir } from "../data/store";
import { toDashboardData } from "../data/dashboard-data";
import { RESULT_CSV_COLUMNS, toResultRows } from "./election-table";
import { FIGURE_CSV_COLUMNS, toFigureExportRows } from "./figures-table";

let data: DashboardData;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  data = toDashboardData(result.data, "en");
});

describe(toFigureExportRows, () => {
  it("starts with exactly the published columns, in order", () => {
    const header = toCsv([], FIGURE_CSV_COLUMNS, { bom: false }).trim().split(",");
    expect(header.slice(0, 12)).toEqual([
      "id",
      "label",
      "value",
      "unit",
      "qualifier",
      "date",
      "category",
      "derived",
      "source_title",
      "source_url",
      "source_date",
      "locator",
    ]);
  });

  it("exports every article figure and every derived one, marked", () => {
    const rows = toFigureExportRows(data);
    expect(rows.filter((r) => !r.derived)).toHaveLength(data.figures.length);
    expect(rows.filter((r) => r.derived)).toHaveLength(data.derived.length);
    const brics = rows.find((r) => r.id === "brics-trade-2021")!;
    expect(brics).toMatchObject({
      value: 45000000000,
      unit: "usd",
      qualifier: "more_than",
      date: "2021",
      locator: "High tribunes of Kazakhstan ¶6",
      source_date: "2023-03-24",
    });
    const derived = rows.find((r) => r.id === "valid-votes-2022")!;
    expect(derived).toMatchObject({ derived: true, value: 7940478, locator: "" });
    expect(derived.formula).toContain("7,940,478");
  });
});

describe(toResultRows, () => {
  it("gives each option its votes, share, nominating body, status and as-of", () => {
    const e = data.elections.find((x) => x.meta.id === "kz-2022-presidential")!;
    const rows = toResultRows(e, e.revisions[0]!);
    expect(rows).toHaveLength(7);
    expect(rows[0]).toMatchObject({
      option: "Kassym-Jomart Tokayev",
      votes: 6456392,
      share: 81.31,
      status: "preliminary",
      nominated_by: "People's Coalition (independent)",
    });
    expect(rows.find((r) => r.option_id === "against-all")).toMatchObject({
      kind: "against_all",
      votes: 460484,
      share: 5.8,
    });
  });

  it("computes and flags shares the source did not state", () => {
    const e = data.elections.find((x) => x.meta.id === "kz-2019-presidential")!;
    const rows = toResultRows(e, e.revisions.at(-1)!);
    // 280,451 of 9,216,410 valid votes = 3.0429…%
    expect(rows.find((r) => r.option_id === "rakhimbekov")).toMatchObject({
      share: 3.04,
      share_stated: false,
    });
    expect(rows.find((r) => r.option_id === "tokayev")).toMatchObject({
      share: 70.96,
      share_stated: true,
    });
    expect(toCsv(rows, RESULT_CSV_COLUMNS, { bom: false }).split("\r\n")[0]).toBe(
      "election,option_id,option,label,kind,nominated_by,votes,share,share_stated,list_seats,status,as_of,revision",
    );
  });

  it("labels each option in the language asked for, and changes nothing else", () => {
    const e = data.elections.find((x) => x.meta.id === "kz-2022-presidential")!;
    const r = e.revisions.at(-1)!;
    const en = toResultRows(e, r, { names: data.names });
    const kk = toResultRows(e, r, { lang: "kk", names: data.names });
    const ru = toResultRows(e, r, { lang: "ru", names: data.names });
    expect(en.map((x) => x.label)).toEqual(en.map((x) => x.option));
    expect(kk[0]!.label).toBe("Қасым-Жомарт Тоқаев");
    expect(ru.find((x) => x.option_id === "against-all")!.label).toBe("Против всех");
    const neutral = (rows: typeof en) => rows.map(({ label: _label, ...rest }) => rest);
    expect(neutral(kk)).toEqual(neutral(en));
    expect(neutral(ru)).toEqual(neutral(en));
  });
});

describe(toChartTable, () => {
  it("writes the chart's table with raw numbers, status and as-of, named after chart and revision", () => {
    const model = findChartSpec("kz-2022-results")!.build(data)!;
    const lines = toTableCsv(toChartTable(model, []), { bom: false }).split("\r\n");
    expect(lines[0]).toBe("Option,Nominated by,Votes,Share of valid votes (%),Status,As of");
    expect(lines[1]).toBe(
      "Kassym-Jomart Tokayev,People's Coalition (independent),6456393,81.31,final,2022-11-22T12:00:00+06:00",
    );
    expect(toChartCsvFilename(model)).toBe("kz-2022-results_2022-11-22-final.csv");
  });
});

describe("the CSV of a cards chart", () => {
  it("gives each figure's unit and period, and says the values are not comparable", () => {
    const model = findChartSpec("economy-partners")!.build(data)!;
    const lines = toTableCsv(toChartTable(model, []), { bom: false }).split("\r\n");
    expect(lines[0]).toBe("Figure,As stated,Value,Unit,Period,Source");
    expect(lines[2]).toMatch(
      /^Major joint Russian–Kazakh investment projects,> 30,30,count,2022-11-28,"“Birth of New Kazakhstan \(Part 2\)”, Sailau News, 24 Mar 2023 · Professionalism, Integrity and Modesty ¶8"$/,
    );
  });
});

describe("the CSV of a cards chart whose rows have different units", () => {
  it("puts each row's unit beside its raw value, and declares the value column a number", () => {
    const model = findChartSpec("kz-2022-polling")!.build(data)!;
    const table = toChartTable(model, []);
    const lines = toTableCsv(table, { bom: false }).split("\r\n");
    expect(lines[0]).toBe("Figure,Value,Unit,Source,Status,As of");
    const turnout = lines.find((l) => l.startsWith("Turnout abroad,"))!;
    expect(turnout).toMatch(/^Turnout abroad,88\.47,percent,/);
    expect(lines.find((l) => l.startsWith("Polling stations,"))).toMatch(
      /^Polling stations,10101,count,/,
    );
    const value = table.columns.find((c) => c.header === "Value")!;
    expect(value.type).toBe("number");
    expect(value.unit).toBeUndefined();
    expect(value.description).toMatch(/each row's own unit \(see Unit\)/);
  });
});

describe(toChartMetadataJson, () => {
  it("carries units, status, sources, licence and a citation; the README explains columns", () => {
    const model = findChartSpec("kz-2022-turnout-regions")!.build(data)!;
    const sources = data.sources.filter((s) => model.sourceIds.includes(s.id));
    const meta = toChartMetadataJson(
      model,
      sources,
      "https://example.org/charts/kz-2022-turnout-regions",
      model.status!.asOf,
    );
    expect(meta.status).toBe("preliminary");
    expect(meta.units).toEqual({ turnout: "percent" });
    expect(meta.sources.map((s) => s.publisher)).toContain("Informburo");
    expect(meta.licence.name).toBe("CC BY 4.0");
    // Dated by the 22:00 release it shows (20 Nov 2022), not by the day it was downloaded.
    expect(meta.citation).toContain(
      "(2022, November 20). Turnout by region at the close of polls, 2022",
    );
    expect(meta.citation).toContain("[Data set]");
    expect(meta.bibtex).toMatch(/^@misc\{kz2022figures:kz-2022-turnout-regions:2022-11-20,/);
    const readme = toChartReadme(model, meta, "x.csv");
    expect(readme).toContain("- x.csv: the numbers behind the chart");
    expect(readme).toContain("- Turnout (percent, unformatted number)");
  });
});
