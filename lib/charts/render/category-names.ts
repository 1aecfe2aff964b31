import type { ChartModel } from "../model/model";
import { textWidth, wrapToWidth } from "./svg/text";
import { valueLabel } from "./value-label";

/**
 * Where a bar chart's category names go and how wide they are set, for both renderers (the drawn
 * SVG and recharts): names are wrapped, never turned on their side, and never cut while a wider
 * column can hold them.
 */

/** Under this many pixels a column's name would need more than three lines: the rows go across as bars. */
export const MIN_GROUP = 64;

/**
 * Whether grouped columns (names under them) fit `width`: each group wide enough for its name in
 * three lines, and each value above its column no wider than the column (one series: its group).
 * Where they do not, the same rows are drawn as horizontal bars.
 */
export function columnsFit(
  m: Pick<ChartModel, "rows" | "series" | "unit" | "decimals" | "valueLabelKey" | "locale">,
  width: number,
  size: number,
): boolean {
  const groupW = width / Math.max(1, m.rows.length);
  if (groupW < MIN_GROUP) return false;
  const per = Math.max(1, m.series.length);
  const colW = columnWidth(groupW, per);
  const widest = Math.max(
    0,
    ...m.rows.flatMap((r) => m.series.map((s) => textWidth(valueLabel(m, r, s.key), size))),
  );
  return widest <= (per > 1 ? colW + 2 : groupW - 4);
}

/** One column's width in a group of `per` side by side. */
export function columnWidth(groupW: number, per: number): number {
  return Math.min(56, (groupW - 12) / per);
}

/** Whether `name` wraps into at most `lines` lines at `width` without being cut. */
export function wrapsWhole(name: string, width: number, size: number, lines: number): boolean {
  return !wrapToWidth(name, width, size, lines).at(-1)?.endsWith("…");
}

/**
 * The narrowest name column from `least` to `most` px in which every name fits in `lines` lines
 * uncut, tried in 4 px steps; `most` when none does (its names then wrap onto more lines).
 */
export function nameColumnWidth(
  names: readonly string[],
  least: number,
  most: number,
  lines: number,
  size: number,
): number {
  // Whole pixels, rounded up: a name measured at 150.4 px does not fit a column of 150.
  const start = Math.ceil(least);
  for (let w = start; w < most; w += 4)
    if (names.every((n) => wrapsWhole(n, w, size, lines))) return w;
  return Math.max(start, Math.ceil(most));
}
