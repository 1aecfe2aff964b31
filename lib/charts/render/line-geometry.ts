import type { ChartRow, ChartSeries } from "../model/model";
import { LINE_STROKE } from "./style";

/** Where a line chart's plot sits, in the SVG's own units. */
export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * A tenth of a unit is finer than any screen shows in these viewBoxes (600 and 1200 wide), and
 * printing all 17 digits made the turnout lines about 4 kB of every copy of the page.
 */
const round = (v: number) => Math.round(v * 10) / 10;

/** The horizontal position of row `i` of `n`, spread evenly across the box (a single row sits mid-way). */
export function rowX(box: PlotBox, i: number, n: number): number {
  return round(box.left + (n <= 1 ? box.width / 2 : (i / (n - 1)) * box.width));
}

/** The vertical position of a percentage, 0 at the bottom of the box and 100 at its top. */
export function percentY(box: PlotBox, v: number): number {
  return round(box.top + box.height - (v / 100) * box.height);
}

/** A polyline's `points` for one series of percentages; rows without a number are skipped. */
export function polylinePoints(box: PlotBox, rows: readonly ChartRow[], key: string): string {
  return rows
    .flatMap((r, i) => {
      const v = r[key];
      return typeof v === "number" ? [`${rowX(box, i, rows.length)},${percentY(box, v)}`] : [];
    })
    .join(" ");
}

/**
 * Back to front: muted lines (the regions), then a highlighted one so it stands out from them, then
 * the rest (the national line), which stays on top of every region.
 */
export function drawOrder(series: readonly ChartSeries[], highlight?: string): ChartSeries[] {
  const rank = (s: ChartSeries) => (s.key === highlight ? 1 : s.muted ? 0 : 2);
  return [...series].sort((a, b) => rank(a) - rank(b));
}

/**
 * A label at the end of a line: which line, its last value, where it sits (0–100 up the plot), and
 * whether it hangs under that point rather than standing over it.
 */
export interface LineEndLabel {
  series: ChartSeries;
  value: number;
  at: number;
  below: boolean;
}

/** Labels closer than this (in percent of the plot's height) would touch. */
const LABEL_GAP = 9;

/**
 * The lines that get a label at their end: the lead line(s) and a highlighted one, each beside its
 * last value. When the lowest two would touch, the lower hangs under its line and the other stands
 * over its own, so neither is written across the lines they name (27: «Mangystau Region» over
 * «Kazakhstan»). Further labels that would touch are spread evenly about their midpoint.
 */
export function lineEndLabels(
  series: readonly ChartSeries[],
  rows: readonly ChartRow[],
  highlight?: string,
): LineEndLabel[] {
  const labels = series
    .filter((s) => !s.muted || s.key === highlight)
    .flatMap((s) => {
      const last = [...rows].reverse().find((r) => typeof r[s.key] === "number");
      const value = last?.[s.key];
      return typeof value === "number" ? [{ series: s, value, at: value, below: false }] : [];
    })
    .sort((a, b) => a.value - b.value);
  if (labels.length > 1 && labels[1]!.at - labels[0]!.at < LABEL_GAP) labels[0]!.below = true;
  for (let i = labels[0]?.below ? 2 : 1; i < labels.length; i++) {
    const below = labels[i - 1]!;
    const above = labels[i]!;
    if (above.at - below.at >= LABEL_GAP) continue;
    const mid = (above.at + below.at) / 2;
    below.at = mid - LABEL_GAP / 2;
    above.at = mid + LABEL_GAP / 2;
  }
  return labels;
}

/**
 * Where an end label's text baseline goes, given its point's height on screen (y) and the text
 * size: clear of the lead stroke, over the point or, hanging, under it.
 */
export function endLabelBaseline(y: number, size: number, below: boolean): number {
  const clear = 4 + LINE_STROKE.lead;
  return below ? y + clear + size : y - clear;
}

/**
 * An end label's words: the line's name and its value, or the value alone where the two would run
 * out of the plot (a long region name on a phone); the legend or the tooltip names the line then.
 */
export function endLabelText(
  name: string,
  value: string,
  room: number,
  width: (text: string) => number,
): string {
  const full = `${name} ${value}`;
  return width(full) + 4 <= room ? full : value;
}

/** A span down the chart, in pixels from its top. */
export interface Band {
  top: number;
  bottom: number;
}

/**
 * Where a line chart's tooltip goes down the chart so that it keeps off the end labels, which it
 * would cover as the pointer nears the newest values: under them if it fits above the chart's
 * bottom, else over them if it fits below the top, else on the side with more room.
 */
export function tooltipTop(labels: Band, chartHeight: number, height: number, gap = 8): number {
  const under = labels.bottom + gap;
  const over = labels.top - gap - height;
  if (under + height <= chartHeight) return under;
  if (over >= 0) return over;
  return chartHeight - labels.bottom >= labels.top ? under : Math.max(0, over);
}

/**
 * Which x labels to print: the first and the last always, the others only where they keep clear of
 * the label before and of the last, so two never run together ("22:00" and «Окончательные»).
 */
export function visibleTicks(xs: number[], widths: number[], gap: number): number[] {
  const n = xs.length;
  if (n === 0) return [];
  const left = (i: number) =>
    i === 0 ? xs[0]! : i === n - 1 ? xs[i]! - widths[i]! : xs[i]! - widths[i]! / 2;
  const right = (i: number) => left(i) + widths[i]!;
  const kept = [0];
  for (let i = 1; i < n - 1; i++) {
    if (left(i) >= right(kept.at(-1)!) + gap && right(i) + gap <= left(n - 1)) kept.push(i);
  }
  if (n > 1) {
    if (kept.length > 1 || left(n - 1) >= right(0) + gap) kept.push(n - 1);
    // The first and the last collide: the last, the newest, stays.
    else kept[0] = n - 1;
  }
  return kept;
}
