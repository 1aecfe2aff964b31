import { XAxis, YAxis } from "recharts";

import type { DrawableChart } from "@/lib/charts/model/model";
import { nameColumnWidth } from "@/lib/charts/render/category-names";
import { textWidth, wrapToWidth } from "@/lib/charts/render/svg/text";

import { AXIS } from "./axis";
import { NAME_LINE, nameTick } from "./name-tick";

/** Room above the plot for the values over the columns. */
export const MARGIN_TOP = 20;
/** The key above a chart of several series: one line of 12 px text and its padding. */
const KEY_HEIGHT = 24;
/** The name column on a phone: about 130 px, where long names wrap and the bars keep most of the width. */
const NARROW_NAMES = 130;

/** The names beside horizontal bars: a column wide enough for each to fit its row's height uncut. */
export function NameAxis({
  model,
  width,
  height,
}: {
  model: DrawableChart;
  width: number;
  height: number;
}) {
  const names = model.rows.map((r) => String(r[model.indexKey] ?? ""));
  const size = AXIS.tick.fontSize;
  // The lines a row's height holds. Names that fit on one line in 40% of the chart stay on one;
  // longer ones get up to 60% of it to fit those lines uncut before they take more.
  const key = model.series.length > 1 ? KEY_HEIGHT : 0;
  const band = (height - MARGIN_TOP - key) / Math.max(1, model.rows.length);
  const lines = Math.max(1, Math.floor((band - NAME_LINE) / NAME_LINE) + 1);
  const oneLine = Math.max(...names.map((n) => textWidth(n, size)), 24);
  const least = Math.min(oneLine, Math.max(NARROW_NAMES, width * 0.4));
  const column = nameColumnWidth(names, least, Math.max(least, width * 0.6), lines, size);
  return (
    <YAxis
      type="category"
      dataKey={model.indexKey}
      width={column + 10}
      interval={0}
      {...AXIS}
      tick={nameTick(model, column, "side")}
    />
  );
}

/** The names under grouped columns, each wrapped to its group's width. */
export function ColumnNameAxis({ model, plotWidth }: { model: DrawableChart; plotWidth: number }) {
  const groupW = plotWidth / Math.max(1, model.rows.length);
  const size = AXIS.tick.fontSize;
  const most = Math.max(
    1,
    ...model.rows.map(
      (r) => wrapToWidth(String(r[model.indexKey] ?? ""), groupW - 6, size, 5).length,
    ),
  );
  return (
    <XAxis
      dataKey={model.indexKey}
      interval={0}
      height={most * NAME_LINE + 12}
      {...AXIS}
      tick={nameTick(model, groupW - 6, "below")}
    />
  );
}
