import { isUnit, type Unit } from "../../units";
import type { ChartRow, TableColumn } from "./model";

/**
 * The unit and decimals of one cell: the column's own, or, for a column of figures of different
 * quantities, the row's (unitFrom). A row whose unit field is not a known unit reads as text.
 */
export function cellUnit(
  column: Pick<TableColumn, "unit" | "decimals" | "unitFrom">,
  row: ChartRow,
): { unit?: Unit; decimals?: number } {
  if (!column.unitFrom) return { unit: column.unit, decimals: column.decimals };
  const unit = row[column.unitFrom];
  const decimals = row.decimals;
  return {
    unit: isUnit(unit) ? unit : undefined,
    decimals: typeof decimals === "number" ? decimals : column.decimals,
  };
}

/** A column of numbers, in one unit or in each row's own. */
export const isNumericColumn = (column: Pick<TableColumn, "unit" | "unitFrom">) =>
  Boolean(column.unit ?? column.unitFrom);

/** The name of the column that gives each row's unit, for a column whose unit is per row. */
export const unitFromLabel = (
  table: readonly Pick<TableColumn, "key" | "label">[],
  column: Pick<TableColumn, "unitFrom">,
): string | undefined =>
  column.unitFrom && (table.find((c) => c.key === column.unitFrom)?.label ?? column.unitFrom);
