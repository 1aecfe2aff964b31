import { formatNumber } from "../../format";
import type { ChartModel, ChartRow } from "../model/model";

/**
 * The text printed beside a bar or above a column: the figure as stated where the chart has it
 * ("> 30"), otherwise the formatted number. One function for every renderer (HTML, recharts, SVG
 * download, preview image), so they can't disagree.
 */
export function valueLabel(
  model: Pick<ChartModel, "unit" | "decimals" | "valueLabelKey" | "locale">,
  row: ChartRow,
  seriesKey: string,
): string {
  const stated = model.valueLabelKey ? row[model.valueLabelKey] : undefined;
  if (typeof stated === "string" && stated.trim() !== "") return stated;
  return formatNumber(Number(row[seriesKey] ?? 0), model.unit, model.decimals, model.locale);
}
