import { toCsv, toCsvFilename } from "./csv";
import type { ChartModel, ChartRow } from "../charts/model/model";
import { UNITS } from "../units";
import { REVISION_STATUS_LIST, REVISION_STATUSES } from "../data/revision-status";
import { numericType, UNIT_WORDS, type ExportColumn } from "./table-schema";

const UNIT_SUFFIX: Record<string, string> = {
  percent: " (%)",
  usd: " (USD)",
  points: " (percentage points)",
};

/** The CSV columns of a chart: its table's columns, then the revision's status and date if it has one. */
export function toChartCsvColumns(model: ChartModel): ExportColumn<ChartRow>[] {
  // Cards are figures of different quantities: a value column must not read as comparable across rows.
  const apart =
    model.kind === "cards"
      ? " Each row is a different quantity, of its own period (see Figure, Unit and Period): the values are not comparable across rows."
      : "";
  const columns: ExportColumn<ChartRow>[] = model.table.map((c, i) => ({
    header: `${c.label}${c.unit ? (UNIT_SUFFIX[c.unit] ?? "") : ""}`,
    value: (row) => row[c.key],
    title: c.label,
    description: c.unit
      ? `${c.label}, in ${UNIT_WORDS[c.unit]}, as an unformatted number.${apart}`
      : i === 0
        ? `${c.label}: what each row of the chart is about.`
        : `${c.label}, as text.`,
    type: c.unit ? numericType(c.unit) : "string",
    unit: c.unit,
    key: i === 0,
    ...(apart && c.key === "unit" ? { values: UNITS } : {}),
  }));
  if (model.status) {
    columns.push(
      {
        header: "Status",
        value: () => model.status?.status,
        title: "Status",
        description: `Status of the revision the numbers come from: ${REVISION_STATUS_LIST}.`,
        type: "string",
        values: REVISION_STATUSES,
      },
      {
        header: "As of",
        value: () => model.status?.asOf,
        title: "As of",
        description: "When that revision was published, in ISO 8601 with its UTC offset.",
        type: "datetime",
      },
    );
  }
  return columns;
}

/** The numbers behind a chart, one row per table row, columns as in its table, numbers unformatted. */
export function toChartCsv(model: ChartModel, { bom = true } = {}): string {
  return toCsv(model.rows, toChartCsvColumns(model), { bom });
}

/** e.g. kz-2022-results_2022-11-22-final.csv: the chart and, where it has one, the revision. */
export function toChartCsvFilename(model: ChartModel): string {
  const revision = model.status ? `${model.status.asOf.slice(0, 10)}-${model.status.status}` : null;
  return toCsvFilename(model.id, revision);
}
