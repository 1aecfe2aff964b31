import { toCsv, toCsvFilename, type CsvColumn } from "./csv";
import type { ChartModel, ChartRow } from "../charts/model/model";

const UNIT_SUFFIX: Record<string, string> = {
  percent: " (%)",
  usd: " (USD)",
  points: " (percentage points)",
};

/** The numbers behind a chart, one row per table row, columns as in its table, numbers unformatted. */
export function toChartCsv(model: ChartModel, { bom = true } = {}): string {
  const columns: CsvColumn<ChartRow>[] = model.table.map((c) => ({
    header: `${c.label}${c.unit ? (UNIT_SUFFIX[c.unit] ?? "") : ""}`,
    value: (row) => row[c.key],
  }));
  if (model.status) {
    columns.push(
      { header: "Status", value: () => model.status?.status },
      { header: "As of", value: () => model.status?.asOf },
    );
  }
  return toCsv(model.rows, columns, { bom });
}

/** e.g. kz-2022-results_2022-11-22-final.csv: the chart and, where it has one, the revision. */
export function toChartCsvFilename(model: ChartModel): string {
  const revision = model.status ? `${model.status.asOf.slice(0, 10)}-${model.status.status}` : null;
  return toCsvFilename(model.id, revision);
}
