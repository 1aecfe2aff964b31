import { readFile } from "node:fs/promises";
import path from "node:path";

import initSqlJs, { type Database, type SqlJsStatic, type SqlValue } from "sql.js";

import type { Source } from "../data/schemas";
import { LICENCE } from "./chart-citation";
import type { NamedTable } from "./all-tables";
import type { CsvCell } from "./csv";
import type { FieldType } from "./table-schema";

let engine: Promise<SqlJsStatic> | undefined;

/**
 * sql.js, SQLite compiled to WebAssembly: no native binary to fetch at install. The .wasm is read
 * from the installed package and handed over, so no bundler has to find it.
 */
function sqlJs(): Promise<SqlJsStatic> {
  // The same root as data/ (lib/data/store.ts): the server runs from the project's folder.
  const wasm = path.join(
    /* turbopackIgnore: true */ process.cwd(),
    "node_modules/sql.js/dist/sql-wasm.wasm",
  );
  engine ??= readFile(wasm)
    .then((bytes) => initSqlJs({ wasmBinary: new Uint8Array(bytes).buffer }))
    .catch((error: unknown) => {
      engine = undefined; // the next request tries again
      throw error;
    });
  return engine;
}

const SQL_TYPES: Record<FieldType, string> = {
  string: "TEXT",
  integer: "INTEGER",
  number: "REAL",
  boolean: "INTEGER",
  date: "TEXT",
  datetime: "TEXT",
};

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** SQLite has no booleans: true and false are 1 and 0, as its own functions return them. */
const toSqlValue = (cell: CsvCell): SqlValue =>
  cell === undefined ? null : typeof cell === "boolean" ? Number(cell) : cell;

function insert(db: Database, table: string, rows: CsvCell[][]) {
  if (rows.length === 0) return;
  const marks = rows[0]!.map(() => "?").join(", ");
  const statement = db.prepare(`INSERT INTO ${quote(table)} VALUES (${marks})`);
  for (const row of rows) statement.run(row.map(toSqlValue));
  statement.free();
}

/**
 * One SQLite file of every table (column names, order and rows as their CSVs give them), with a
 * `sources` table and a `tables` catalogue naming each table's title, sources, licence and CSV.
 */
export async function toSqlite(
  tables: readonly NamedTable[],
  sources: readonly Source[],
  site: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const SQL = await sqlJs();
  const db = new SQL.Database();
  try {
    db.run("BEGIN");
    for (const t of tables) {
      const columns = t.columns.map((c) => `${quote(c.header)} ${SQL_TYPES[c.type]}`);
      db.run(`CREATE TABLE ${quote(t.sqlName)} (${columns.join(", ")})`);
      insert(db, t.sqlName, t.rows);
    }
    db.run(
      "CREATE TABLE sources (id TEXT PRIMARY KEY, publisher TEXT, title TEXT, original_title TEXT, language TEXT, published TEXT, kind TEXT, url TEXT)",
    );
    const sourceRows = sources.map((s) => [
      s.id,
      s.publisher,
      s.title,
      s.originalTitle ?? null,
      s.language,
      s.published,
      s.kind,
      s.url,
    ]);
    insert(db, "sources", sourceRows);
    db.run(
      "CREATE TABLE tables (name TEXT PRIMARY KEY, title TEXT, source_ids TEXT, licence TEXT, licence_url TEXT, csv_url TEXT)",
    );
    const catalogue = tables.map((t) => [
      t.sqlName,
      t.title,
      t.sourceIds.join("; "),
      LICENCE.name,
      LICENCE.url,
      `${site}/api/${t.csvPath}`,
    ]);
    insert(db, "tables", catalogue);
    db.run("COMMIT");
    return new Uint8Array(db.export());
  } finally {
    db.close();
  }
}
