import type { Source } from "../data/schemas";
import { toCsv, type CsvCell } from "./csv";
import type { ExportColumn } from "./table-schema";

/**
 * One table the site publishes: a chart's rows, the figures, an election's results, the regional
 * turnout, a check's table or the observers' findings. Every format (CSV, Data Package, zip, README,
 * SQLite) is a function of this shape, so what one format says about a column the others say too.
 */
export interface ExportTable<Row> {
  /** The data package's name: lower-case letters, digits and - _ . only. */
  name: string;
  /** The CSV's file name, which also names the resource and the zip. */
  fileName: string;
  title: string;
  description: string;
  keywords: readonly string[];
  columns: readonly ExportColumn<Row>[];
  rows: readonly Row[];
  sources: readonly Source[];
  /** The revision the rows are of, for data that has revisions. */
  revision?: { id: string; asOf: string };
}

/** The table as CSV; the byte-order mark (on by default) is for spreadsheets, not for data packages. */
export function toTableCsv<Row>(table: ExportTable<Row>, { bom = true } = {}): string {
  return toCsv(table.rows, table.columns, { bom });
}

/** The table with its rows as plain cells: what a format that needs no column logic reads. */
export interface TableCells {
  name: string;
  title: string;
  columns: { header: string; type: ExportColumn<unknown>["type"] }[];
  rows: CsvCell[][];
  sourceIds: string[];
}

export function toTableCells<Row>(table: ExportTable<Row>): TableCells {
  return {
    name: table.name,
    title: table.title,
    columns: table.columns.map((c) => ({ header: c.header, type: c.type })),
    rows: table.rows.map((row) => table.columns.map((c) => c.value(row))),
    sourceIds: [...new Set(table.sources.map((s) => s.id))],
  };
}
