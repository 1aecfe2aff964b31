import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../test/data-dir";
import { validateDataPackage } from "../../test/frictionless";
import { CHART_REGISTRY, findChartSpec } from "../charts/model/registry";
import type { ChartModel } from "../charts/model/model";
import type { DashboardData } from "../data/loader";
import { toDashboardData } from "../data/dashboard-data";
import { readDataDir } from "../data/store";
import { toChartMetadataJson, toChartReadme } from "./chart-citation";
import { toChartTable } from "./chart-table";
import { CHECK_TABLES, toCheckTable } from "./checks-table";
import { toDownloadSet, type DownloadSet } from "./download-set";
import { toElectionTable } from "./election-table";
import { toFiguresTable } from "./figures-table";
import { toObserverTable } from "./observers-table";
import { toDataPackage, type DataPackage } from "./package";
import { toTableSchema } from "./table-schema";
import { toZip } from "./zip";

let data: DashboardData;
let scratch: string;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  data = toDashboardData(result.data, "en");
  scratch = await mkdtemp(path.join(tmpdir(), "kz-datapackage-"));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** Zips a download set, unzips it into a fresh directory as a reader would, and returns the directory. */
async function unpack(set: DownloadSet): Promise<string> {
  const dir = await mkdtemp(path.join(scratch, "set-"));
  for (const [name, bytes] of Object.entries(unzipSync(toZip(set.files))))
    await writeFile(path.join(dir, name), bytes);
  return dir;
}

/** Every model a chart zip can hold: each chart in its newest revision and in every older one. */
function everyChartModel(): ChartModel[] {
  return CHART_REGISTRY.flatMap((spec) => {
    const base = spec.build(data);
    if (!base) return [];
    const older = (base.revisions ?? []).map((r) => spec.build(data, r.id));
    return [base, ...older].filter((m): m is ChartModel => m !== undefined);
  });
}

function chartSet(model: ChartModel): DownloadSet {
  const sources = data.sources.filter((s) => model.sourceIds.includes(s.id));
  const meta = toChartMetadataJson(model, sources, "https://example.org/c", "2026-01-01T00:00:00Z");
  const table = toChartTable(model, sources);
  return toDownloadSet(table, {
    homepage: meta.url,
    extra: { "metadata.json": JSON.stringify(meta, null, 2) },
    readme: toChartReadme(model, meta, table.fileName),
  });
}

const typesOf = (pkg: { resources: { schema: { fields: { name: string; type: string }[] } }[] }) =>
  Object.fromEntries(pkg.resources[0]!.schema.fields.map((f) => [f.name, f.type]));

describe("a chart's data package", () => {
  it("describes each CSV column with its type and unit, and the revision the numbers are from", () => {
    const model = findChartSpec("kz-2022-results")!.build(data)!;
    const sources = data.sources.filter((s) => model.sourceIds.includes(s.id));
    const pkg = toDataPackage(toChartTable(model, sources), { path: "data.csv" });
    expect(typesOf(pkg)).toEqual({
      Option: "string",
      "Nominated by": "string",
      Votes: "integer",
      "Share of valid votes (%)": "number",
      Status: "string",
      "As of": "datetime",
    });
    const resource = pkg.resources[0]!;
    expect(resource.path).toBe("data.csv");
    expect(resource.name).toBe("kz-2022-results_2022-11-22-final");
    expect(resource.schema.fields[3]).toMatchObject({ unit: "percent", bareNumber: true });
    expect(resource.schema.primaryKey).toEqual(["Option"]);
    expect(pkg).toMatchObject({
      name: "kz-2022-results",
      profile: "tabular-data-package",
      created: "2022-11-22T12:00:00+06:00",
      licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/" }],
    });
    expect(pkg.version).toBe(model.status!.revisionId);
    expect(pkg.sources.map((s) => s.path)).toContain(
      data.sources.find((s) => s.id === model.sourceIds[0])!.url,
    );
  });

  it("leaves out version and date for figures that have no revisions, and names the CSV in the zip", () => {
    const model = findChartSpec("economy-money")!.build(data)!;
    const pkg = toDataPackage(toChartTable(model, []));
    expect(pkg.version).toBeUndefined();
    expect(pkg.created).toBeUndefined();
    expect(pkg.resources[0]!.path).toBe("economy-money.csv");
    expect(typesOf(pkg)).toEqual({
      Figure: "string",
      "As stated": "string",
      "Value (USD)": "number",
      Unit: "string",
      Period: "string",
      Source: "string",
    });
    const fields = pkg.resources[0]!.schema.fields as {
      name: string;
      description: string;
      unit?: string;
      constraints?: { enum: string[] };
    }[];
    const value = fields.find((f) => f.name === "Value (USD)")!;
    expect(value.unit).toBe("usd");
    expect(value.description).toMatch(/not comparable across rows/);
    expect(fields.find((f) => f.name === "Unit")!.constraints?.enum).toContain("usd");
  });
});

describe("the figures' data package", () => {
  it("has one field per CSV column, in order, keyed by id", () => {
    const pkg = toDataPackage(toFiguresTable(data));
    expect(pkg.resources[0]!.schema.fields.map((f) => f.name).slice(0, 4)).toEqual([
      "id",
      "label",
      "value",
      "unit",
    ]);
    expect(typesOf(pkg)).toMatchObject({ value: "number", derived: "boolean", date: "string" });
    expect(pkg.resources[0]!.schema.primaryKey).toEqual(["id"]);
  });
});

describe("an election's data package", () => {
  it("types votes as whole numbers and as_of as a datetime with its offset", () => {
    const e = data.elections.find((x) => x.meta.id === "kz-2022-presidential")!;
    const pkg = toDataPackage(toElectionTable(e, e.revisions[0]!, data));
    expect(typesOf(pkg)).toMatchObject({
      votes: "integer",
      share: "number",
      list_seats: "integer",
    });
    expect(pkg.resources[0]!.schema.fields.find((f) => f.name === "as_of")).toMatchObject({
      type: "datetime",
      format: "%Y-%m-%dT%H:%M:%S%z",
    });
    expect(pkg.version).toBe(e.revisions[0]!.id);
    expect(pkg.resources[0]!.schema.primaryKey).toEqual(["option_id"]);
  });
});

describe(toTableSchema, () => {
  const column = (header: string, type: "integer" | "string", key = false) => ({
    header,
    value: (row: Record<string, number | string | null>) => row[header],
    title: header,
    description: header,
    type,
    key,
  });
  it("keeps integer only where every value is whole, and a key only where it is unique and present", () => {
    const schema = toTableSchema(
      [column("a", "integer", true), column("b", "integer"), column("c", "string", true)],
      [
        { a: 1, b: 1, c: "p" },
        { a: 1, b: 2.5, c: "q" },
      ],
    );
    expect(schema.fields.map((f) => f.type)).toEqual(["integer", "number", "string"]);
    expect(schema.primaryKey).toEqual(["c"]);
    const gap = toTableSchema([column("c", "string", true)], [{ c: "p" }, { c: null }]);
    expect(gap.primaryKey).toBeUndefined();
  });
});

describe("every download set is a valid Tabular Data Package", () => {
  it("each chart, in every revision it can pin", async () => {
    const models = everyChartModel();
    expect(models.length).toBeGreaterThan(CHART_REGISTRY.length);
    for (const model of models) {
      const dir = await unpack(chartSet(model));
      expect({ chart: model.id, errors: await validateDataPackage(dir) }).toEqual({
        chart: model.id,
        errors: [],
      });
    }
  });

  it("the figures", async () => {
    expect(await validateDataPackage(await unpack(toDownloadSet(toFiguresTable(data))))).toEqual(
      [],
    );
  });

  it("each revision of each election", async () => {
    for (const e of data.elections) {
      for (const r of e.revisions) {
        const dir = await unpack(toDownloadSet(toElectionTable(e, r, data)));
        expect({ revision: r.id, errors: await validateDataPackage(dir) }).toEqual({
          revision: r.id,
          errors: [],
        });
      }
    }
  });
});

describe("data packages of single tables, read with the Frictionless libraries", () => {
  it("each table of the turnout checks, with the sources of every release it rests on", async () => {
    for (const id of CHECK_TABLES) {
      const table = toCheckTable(id, data);
      expect(table.rows.length, id).toBeGreaterThan(0);
      expect({ id, errors: await validateDataPackage(await unpack(toDownloadSet(table))) }).toEqual(
        { id, errors: [] },
      );
      const cited = new Set(data.turnouts.flatMap((t) => t.revisions.flatMap((r) => r.sourceIds)));
      const named = new Set(toDataPackage(table).sources.map((s) => s.path));
      for (const s of data.sources.filter((x) => cited.has(x.id)))
        expect(named.has(s.url), `${id}: ${s.id}`).toBe(true);
    }
  });

  it("the observers' findings, one row each, with every finding's and reply's sources", async () => {
    const table = toObserverTable(data);
    expect(table.rows.map((r) => r.id)).toEqual(
      expect.arrayContaining(data.observers.map((f) => f.id)),
    );
    expect(table.rows).toHaveLength(data.observers.length);
    expect(await validateDataPackage(await unpack(toDownloadSet(table)))).toEqual([]);
    const urls = new Set(toDataPackage(table).sources.map((s) => s.path));
    for (const f of data.observers)
      for (const id of [...f.sourceIds, ...(f.reply?.sourceIds ?? [])])
        expect(urls.has(data.sources.find((s) => s.id === id)!.url), id).toBe(true);
  });
});

describe("the validator catches what is wrong", () => {
  /** Writes the figures' zip with one change to its descriptor or its CSV, and validates it. */
  async function figuresWith(change: {
    descriptor?: (pkg: DataPackage) => void;
    csv?: (text: string) => string;
  }): Promise<string[]> {
    const dir = await unpack(toDownloadSet(toFiguresTable(data)));
    const file = path.join(dir, "datapackage.json");
    const pkg = JSON.parse(await readFile(file, "utf8")) as DataPackage;
    change.descriptor?.(pkg);
    const csvFile = path.join(dir, pkg.resources[0]!.path);
    if (change.csv) {
      const csv = change.csv(await readFile(csvFile, "utf8"));
      await writeFile(csvFile, csv);
      pkg.resources[0]!.bytes = Buffer.byteLength(csv);
      pkg.resources[0]!.hash = `sha256:${createHash("sha256").update(csv).digest("hex")}`;
    }
    await writeFile(file, JSON.stringify(pkg));
    return validateDataPackage(dir);
  }
  const field = (pkg: DataPackage, name: string) =>
    pkg.resources[0]!.schema.fields.find((f) => f.name === name)!;

  it("a text column declared integer", async () => {
    const errors = await figuresWith({ descriptor: (p) => (field(p, "label").type = "integer") });
    expect(errors.join("\n")).toMatch(/label.*integer/);
  });

  it("a non-number in a number column", async () => {
    const errors = await figuresWith({ csv: (t) => t.replace(",45000000000,", ",45 billion,") });
    expect(errors.join("\n")).toMatch(/45 billion.*number/);
  });

  it("a value outside a column's allowed values", async () => {
    const errors = await figuresWith({ csv: (t) => t.replace(",more_than,", ",plenty,") });
    expect(errors.join("\n")).toMatch(/qualifier|enum/i);
  });

  it("a repeated primary key", async () => {
    const errors = await figuresWith({
      csv: (t) => t.replace(/\r\nvalid-votes-2022,/, "\r\nbrics-trade-2021,"),
    });
    expect(errors.join("\n")).toMatch(/unique/);
  });

  it("a field type the standard does not have, and a name it does not allow", async () => {
    const errors = await figuresWith({
      descriptor: (p) => {
        field(p, "value").type = "decimal" as "number";
        p.name = "Kazakhstan Figures";
      },
    });
    expect(errors).toContainEqual(expect.stringMatching(/"\/resources\/0\/schema\/fields\/2"/));
    expect(errors).toContainEqual(expect.stringMatching(/does not match pattern[\s\S]*"\/name"/));
  });

  it("a descriptor without the tabular profile, and a size that does not match the file", async () => {
    const errors = await figuresWith({
      descriptor: (p) => {
        delete (p as { profile?: string }).profile;
        p.resources[0]!.bytes += 1;
      },
    });
    expect(errors).toContainEqual(expect.stringMatching(/not tabular-data-package/));
    expect(errors).toContainEqual(expect.stringMatching(/bytes is \d+, the file has/));
  });
});
