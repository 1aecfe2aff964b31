import { lightHex, type ColorToken } from "../../ui/colors";
import type { ChartColor, ChartSeries } from "../model/model";

/**
 * How a chart is coloured and stroked, for all four renderers: the drawn HTML/SVG chart, recharts,
 * the SVG download and the link-preview image. They differ only in how a colour is written (a CSS
 * variable on the page, a hex value in a file).
 */

/**
 * The colour of a lit bar or line: one token of its own, never a series' colour, so a highlight
 * cannot be read as another series (chart-2, once the highlight, is turnout's colour).
 */
export const HIGHLIGHT_COLOR = "highlight" satisfies ColorToken;

/** What a mark is painted with: its series' colour, or the highlight. */
export type MarkColor = ChartColor | typeof HIGHLIGHT_COLOR;

/** The colour of one bar, point or line: its series' colour, or the highlight colour when lit. */
export function markColor(series: Pick<ChartSeries, "color">, lit: boolean): MarkColor {
  return lit ? HIGHLIGHT_COLOR : series.color;
}

/** Line widths in CSS pixels at the page's scale; a renderer drawn larger multiplies them. */
export const LINE_STROKE = { lead: 3, highlighted: 2.5, muted: 1 } as const;

export function lineStrokeWidth(series: ChartSeries, highlight: string | undefined): number {
  if (series.key === highlight) return LINE_STROKE.highlighted;
  return series.muted ? LINE_STROKE.muted : LINE_STROKE.lead;
}

/** A chart colour on the page, following the theme. */
export function cssColor(color: MarkColor): string {
  return `var(--${color})`;
}

/** A chart colour in a file drawn on white (SVG download, link preview). */
export function fileColor(color: MarkColor): string {
  return lightHex(color);
}

/** Full class names only: Tailwind cannot see names built by joining strings. */
export const BG_CLASS: Record<ChartColor, string> = {
  "chart-1": "bg-chart-1",
  "chart-2": "bg-chart-2",
  "chart-3": "bg-chart-3",
  "chart-4": "bg-chart-4",
  "chart-5": "bg-chart-5",
  "chart-muted": "bg-chart-muted",
};
