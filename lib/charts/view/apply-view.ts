import type { ChartParams } from "./url-codec";
import type { ChartModel, ChartRow } from "../model/model";

function sortRows(model: ChartModel, sort: ChartParams["sort"]): ChartRow[] {
  const key = model.series[0]?.key;
  const value = (r: ChartRow) =>
    key && typeof r[key] === "number" ? (r[key] as number) : -Infinity;
  const label = (r: ChartRow) => String(r[model.indexKey] ?? "");
  switch (sort) {
    case "desc":
      return [...model.rows].sort((a, b) => value(b) - value(a));
    case "asc":
      return [...model.rows].sort((a, b) => value(a) - value(b));
    case "alpha":
      return [...model.rows].sort((a, b) => label(a).localeCompare(label(b), "en"));
    default:
      return model.rows;
  }
}

/** The chart as a view shows it: measure, series shown, order, highlight and layout. The revision is picked when building. */
export function applyView(model: ChartModel, params: ChartParams): ChartModel {
  let out: ChartModel = { ...model };
  if (params.measure === "votes" && model.rows.some((r) => typeof r.votes === "number")) {
    // Subtitles read "<measure> · <date>": swap the measure, keep the date.
    const date = model.subtitle.split(" · ").slice(1).join(" · ");
    out = {
      ...out,
      subtitle: date ? `Votes · ${date}` : "Votes",
      series: [{ key: "votes", label: "Votes", color: model.series[0]?.color ?? "chart-1" }],
      unit: "votes",
      decimals: 0,
    };
  }
  if (params.show) {
    const shown = new Set(params.show);
    const hidden = new Set(
      out.series.filter((s) => s.muted && !shown.has(s.key)).map((s) => s.key),
    );
    // The table (and so the CSV of the view) leaves out the lines the chart leaves out.
    out = {
      ...out,
      series: out.series.filter((s) => !hidden.has(s.key)),
      table: out.table.filter((c) => !hidden.has(c.key)),
    };
  }
  if (params.type === "bars") out = { ...out, kind: "bar", layout: "vertical" };
  if (params.type === "columns") out = { ...out, kind: "bar", layout: "horizontal" };
  out = { ...out, rows: sortRows(out, params.sort) };
  if (params.highlight) out = { ...out, highlight: params.highlight };
  return out;
}
