/** RFC 4180 CSV: comma-separated, CRLF line ends, quoted only where needed. Pure: no DOM, no I/O. */

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvCell;
}

const BOM = "\uFEFF";
// OWASP CSV injection: a text cell starting with one of these can run as a formula in a spreadsheet.
// Spreadsheets skip leading spaces (NBSP and the other Unicode spaces too) before reading "=", so those
// count as the start as well.
const FORMULA_START = /^\s*[=+\-@]|^[\t\r]/;

/** One cell: numbers as plain digits, text neutralised against formulas, quoted when it must be. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text in the given column order, with a UTF-8 byte-order mark unless bom is false. */
export function toCsv<Row>(
  rows: readonly Row[],
  columns: readonly CsvColumn<Row>[],
  { bom = true } = {},
): string {
  const lines = [
    columns.map((c) => csvCell(c.header)),
    ...rows.map((row) => columns.map((c) => csvCell(c.value(row)))),
  ];
  return (bom ? BOM : "") + lines.map((cells) => cells.join(",")).join("\r\n") + "\r\n";
}

/** A safe file name: lower-case letters, digits, dashes and underscores only. */
export function toCsvFilename(...parts: (string | null | undefined)[]): string {
  const stem = parts
    .filter((p): p is string => Boolean(p))
    .map((p) =>
      p
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, "-")
        .replace(/^-+|-+$/g, ""),
    )
    .filter(Boolean)
    .join("_");
  return `${stem || "data"}.csv`;
}
