import type { ChartRow, ChartSeries } from "../model/model";

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
