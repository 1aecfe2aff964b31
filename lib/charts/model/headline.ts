import type { ChartModel } from "./model";
import { formatNumber } from "../../format";

/**
 * The one number a preview leads with: the highlighted line's last value (a region page's preview
 * leads with the region, not the country), else the lead line's, or the largest bar. Cards have
 * none: picking the "largest" of unlike figures would be the comparison they are drawn to avoid.
 */
export function toHeadline(model: ChartModel): { label: string; value: string } | undefined {
  if (model.kind === "cards") return undefined;
  if (model.kind === "line") {
    const lead =
      model.series.find((s) => s.key === model.highlight) ?? model.series.find((s) => !s.muted);
    const row = lead && [...model.rows].reverse().find((r) => typeof r[lead.key] === "number");
    if (!lead || !row) return undefined;
    return {
      label: `${lead.label}, ${String(row[model.indexKey])}`,
      value: formatNumber(row[lead.key] as number, model.unit, model.decimals, model.locale),
    };
  }
  const key = model.series[0]?.key;
  if (!key) return undefined;
  const top = [...model.rows]
    .filter((r) => typeof r[key] === "number")
    .sort((a, b) => (b[key] as number) - (a[key] as number))[0];
  if (!top) return undefined;
  return {
    label: String(top[model.indexKey]),
    value:
      typeof top.stated === "string"
        ? top.stated
        : formatNumber(top[key] as number, model.unit, model.decimals, model.locale),
  };
}
