import { unitFromLabel } from "../charts/model/cell-unit";
import type { ChartModel, ChartRow } from "../charts/model/model";
import { UNITS } from "../units";
import { REVISION_STATUS_LIST, REVISION_STATUSES } from "../data/revision-status";
import type { Source } from "../data/schemas";
import { toChartCsvFilename } from "./chart-csv";
import type { ExportTable } from "./table";
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
      : c.unitFrom
        ? `${c.label}, in each row's own unit (see ${unitFromLabel(model.table, c)}), as an unformatted number.${apart}`
        : i === 0
          ? `${c.label}: what each row of the chart is about.`
          : `${c.label}, as text.`,
    type: c.unit ? numericType(c.unit) : c.unitFrom ? "number" : "string",
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

/**
 * The numbers behind a chart as a table: one row per table row, columns as in its table, numbers
 * unformatted. Headers and values are the chart's English ones in every language; `labels`, the same
 * chart built in another language, adds a last column naming each row in it, and gives the table its
 * title and description.
 */
export function toChartTable(
  model: ChartModel,
  sources: readonly Source[],
  labels?: ChartModel,
): ExportTable<ChartRow> {
  const columns = toChartCsvColumns(model);
  const shown = labels ?? model;
  const table = {
    name: model.id,
    fileName: toChartCsvFilename(model, labels ? labels.locale : null),
    title: shown.title,
    description: `${shown.subtitle}. ${shown.summary}`,
    keywords: ["Kazakhstan", model.section, ...(model.datasetId ? [model.datasetId] : [])],
    rows: model.rows,
    sources,
    ...(model.status ? { revision: { id: model.status.revisionId, asOf: model.status.asOf } } : {}),
  };
  if (!labels) return { ...table, columns };
  const names = new Map(model.rows.map((r, i) => [r, labels.rows[i]?.[labels.indexKey] ?? null]));
  const label: ExportColumn<ChartRow> = {
    header: "label",
    value: (row) => names.get(row) ?? null,
    title: "Label",
    description: `What each row is about, in the language asked for (${labels.locale}).`,
    type: "string",
  };
  return { ...table, columns: [...columns, label] };
}
