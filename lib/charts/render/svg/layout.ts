import type { ChartModel, ChartSeries } from "../../model/model";
import { markColor, type MarkColor } from "../style";
import type { Palette } from "./palette";
import { MIN_TEXT_PX, textEl, textWidth } from "./text";

/** Where a chart is drawn: its left edge, top and width; a height when the box is fixed (the page's). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height?: number;
  /** The value at the end of the scale, when boxes side by side share one (a preview's two lists). */
  scaleMax?: number;
  /** false: cards leave out their sources, which the image names once elsewhere (the preview). */
  cardSources?: boolean;
}

/** What a kind's function returns: its SVG elements and the height they take. */
export interface Drawn {
  body: string;
  height: number;
}

export type DrawKind = (m: ChartModel, box: Box, p: Palette) => Drawn;

/** Text size for a chart this wide: the minimum on a phone, a little larger on a wide image. */
export function baseSize(width: number): number {
  return width < 520 ? MIN_TEXT_PX : 14;
}

/** A bar's or column's colour: its series', or the highlight colour for the highlighted row. */
export function barColor(m: ChartModel, s: ChartSeries, rowId: unknown): MarkColor {
  return markColor(s, !!m.highlight && rowId === m.highlight);
}

/**
 * A key of the series, left to right, wrapping onto more lines when it runs out of width: drawn
 * whenever there are two or more series side by side (the 2019-vs-2022 comparison).
 */
export function seriesKey(m: ChartModel, box: Box, p: Palette, size: number): Drawn {
  if (m.series.length < 2) return { body: "", height: 0 };
  const out: string[] = [];
  const lineH = size + 8;
  let x = box.x;
  let y = box.y;
  for (const s of m.series) {
    const w = 14 + 6 + textWidth(s.label, size) + 16;
    if (x > box.x && x + w > box.x + box.width) {
      x = box.x;
      y += lineH;
    }
    out.push(
      `<rect x="${x}" y="${y + 2}" width="14" height="${size - 2}" rx="2" ${p.paint(s.color)}/>`,
      textEl(x + 20, y + size - 1, s.label, { size, paint: p.paint("foreground") }),
    );
    x += w;
  }
  return { body: out.join(""), height: y - box.y + lineH };
}
