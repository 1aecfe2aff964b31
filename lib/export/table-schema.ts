import type { CsvCell, CsvColumn } from "./csv";
import type { Unit } from "../data/schemas";
import type { FieldType, TableSchema, TableSchemaField } from "./datapackage-schema";

export type { FieldType, TableSchema, TableSchemaField };

/**
 * A CSV column together with what a Table Schema says about it. Exporters define these once and both
 * the CSV writer and the Data Package read them, so the header and the field name cannot drift apart.
 */
export interface ExportColumn<Row> extends CsvColumn<Row> {
  title: string;
  description: string;
  /** "integer" is a claim that the column counts whole things; it is kept only if every value is whole. */
  type: FieldType;
  unit?: Unit;
  /** The only values the column may hold. */
  values?: readonly string[];
  /** Used as the primary key when every row has a value and no two share one. */
  key?: boolean;
  /**
   * One of the columns that identify a row together (a long table: vote, release, unit, measure). All
   * of them, in column order, are the primary key when no row lacks one and no two rows share them all;
   * they take the place of a single `key` column.
   */
  keyPart?: boolean;
}

/** What a column says about itself; its header and value come from the row's key. */
export type ColumnField<Row> = Omit<ExportColumn<Row>, "header" | "value">;

/** Columns named after the row's keys, in the order the fields list them. */
export function toColumns<Row extends { [K in keyof Row]: CsvCell }>(
  fields: Record<keyof Row & string, ColumnField<Row>>,
): ExportColumn<Row>[] {
  return (Object.keys(fields) as (keyof Row & string)[]).map((key) => ({
    header: key,
    value: (row: Row) => row[key],
    ...fields[key],
  }));
}

/** Units whose values count whole things, so the column may be an integer. */
const WHOLE_UNITS: ReadonlySet<Unit> = new Set(["votes", "count", "people", "ordinal"]);

/** Words for a unit in a column's description. */
export const UNIT_WORDS: Record<Unit, string> = {
  percent: "percent (0 to 100)",
  usd: "US dollars",
  people: "people",
  count: "a count",
  ordinal: "a rank",
  years: "years",
  factor: "times (a multiple)",
  votes: "votes",
  points: "percentage points",
};

/** A numeric column of a chart: whole when its unit counts things, a decimal number otherwise. */
export function numericType(unit: Unit): FieldType {
  return WHOLE_UNITS.has(unit) ? "integer" : "number";
}

// Every datetime we write carries its UTC offset (+06:00 for Astana), which the v1 default format
// (a literal "Z") would reject; this strptime pattern is read alike by the Python and JS validators.
const DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%S%z";

function toField<Row>(column: ExportColumn<Row>, cells: CsvCell[]): TableSchemaField {
  const present = cells.filter((c) => c !== null && c !== undefined && c !== "");
  const type =
    column.type === "integer" && !present.every((c) => Number.isInteger(c))
      ? "number"
      : column.type;
  const numeric = type === "integer" || type === "number";
  return {
    name: column.header,
    title: column.title,
    description: column.description,
    type,
    ...(type === "datetime" ? { format: DATETIME_FORMAT } : {}),
    ...(column.unit ? { unit: column.unit } : {}),
    // Our CSV writes numbers as bare digits: no currency signs, percent signs or group separators.
    ...(numeric ? { bareNumber: true as const } : {}),
    ...(column.values ? { constraints: { enum: [...column.values] } } : {}),
  };
}

/** The Table Schema of rows written with these columns: one field per column, in CSV order. */
export function toTableSchema<Row>(
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
): TableSchema {
  const cellsOf = (c: ExportColumn<Row>) => rows.map((r) => c.value(r));
  const parts = columns.filter((c) => c.keyPart);
  const single = columns.find((c) => c.key && isKey([c], rows));
  const key = parts.length ? (isKey(parts, rows) ? parts : []) : single ? [single] : [];
  return {
    fields: columns.map((c) => toField(c, cellsOf(c))),
    // An empty cell means "no value": toCsv writes null that way, and exporters use "" only for nothing.
    missingValues: [""],
    ...(key.length ? { primaryKey: key.map((c) => c.header) } : {}),
  };
}

const isPresent = (v: CsvCell) => v !== null && v !== undefined && v !== "";

/** Whether these columns' values, taken together, are present in every row and never repeat. */
function isKey<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): boolean {
  const seen = new Set<string>();
  for (const row of rows) {
    const cells = columns.map((c) => c.value(row));
    if (!cells.every(isPresent)) return false;
    seen.add(JSON.stringify(cells));
  }
  return seen.size === rows.length;
}
