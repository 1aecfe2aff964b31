import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../test/data-dir";
import { validateDataPackage } from "../../test/frictionless";
import { toDashboardData } from "../data/dashboard-data";
import type { DashboardData } from "../data/loader";
import { readDataDir } from "../data/store";
import { CHECK_TABLES } from "./checks-csv";
import { toCheckTable } from "./checks-package";
import { toCsv } from "./csv";
import { toObserverTable } from "./observers-package";
import { toTablePackage, type PublishedTable } from "./table-package";

let data: DashboardData;
let scratch: string;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  data = toDashboardData(result.data, "en");
  scratch = await mkdtemp(path.join(tmpdir(), "kz-table-package-"));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** Writes the CSV as its route serves it beside its descriptor, and validates the two together. */
async function validate<Row>(table: PublishedTable<Row>): Promise<string[]> {
  const dir = await mkdtemp(path.join(scratch, "pkg-"));
  await writeFile(path.join(dir, table.fileName), toCsv(table.rows, table.columns));
  await writeFile(path.join(dir, "datapackage.json"), JSON.stringify(toTablePackage(table)));
  return validateDataPackage(dir);
}

describe("data packages of single tables, read with the Frictionless libraries", () => {
  it("each table of the turnout checks, with the sources of every release it rests on", async () => {
    for (const id of CHECK_TABLES) {
      const table = toCheckTable(id, data);
      expect(table.rows.length, id).toBeGreaterThan(0);
      expect({ id, errors: await validate(table) }).toEqual({ id, errors: [] });
      const cited = new Set(data.turnouts.flatMap((t) => t.revisions.flatMap((r) => r.sourceIds)));
      const named = new Set(toTablePackage(table).sources.map((s) => s.path));
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
    const urls = new Set(toTablePackage(table).sources.map((s) => s.path));
    for (const f of data.observers)
      for (const id of [...f.sourceIds, ...(f.reply?.sourceIds ?? [])])
        expect(urls.has(data.sources.find((s) => s.id === id)!.url), id).toBe(true);
  });
});
