import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../test/data-dir";
import { validateDataPackage } from "../../test/frictionless";
import { toDashboardData } from "../data/dashboard-data";
import type { DashboardData } from "../data/loader";
import { readDataDir } from "../data/store";
import { CHECK_TABLES, toCheckTable } from "./checks-table";
import { toObserverTable } from "./observers-table";
import { toDataPackage } from "./package";
import { toTableCsv, type ExportTable } from "./table";

let data: DashboardData;
let scratch: string;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  data = toDashboardData(result.data, "en");
  scratch = await mkdtemp(path.join(tmpdir(), "kz-table-package-"));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** Writes the CSV as the package's path serves it (bom=0) beside its descriptor, and validates the two. */
async function validate<Row>(table: ExportTable<Row>): Promise<string[]> {
  const dir = await mkdtemp(path.join(scratch, "pkg-"));
  await writeFile(path.join(dir, table.fileName), toTableCsv(table, { bom: false }));
  await writeFile(path.join(dir, "datapackage.json"), JSON.stringify(toDataPackage(table)));
  return validateDataPackage(dir);
}

describe("data packages of single tables, read with the Frictionless libraries", () => {
  it("each table of the turnout checks, with the sources of every release it rests on", async () => {
    for (const id of CHECK_TABLES) {
      const table = toCheckTable(id, data);
      expect(table.rows.length, id).toBeGreaterThan(0);
      expect({ id, errors: await validate(table) }).toEqual({ id, errors: [] });
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
    expect(await validate(table)).toEqual([]);
    const urls = new Set(toDataPackage(table).sources.map((s) => s.path));
    for (const f of data.observers)
      for (const id of [...f.sourceIds, ...(f.reply?.sourceIds ?? [])])
        expect(urls.has(data.sources.find((s) => s.id === id)!.url), id).toBe(true);
  });
});
