import type { ChartModel } from "../../model/model";
import { drawBars } from "./bars";
import { drawCards } from "./cards";
import { drawColumns } from "./columns";
import type { Box, Drawn } from "./layout";
import { drawLines } from "./lines";
import { drawMap } from "./map";
import { paletteFor, type Palette, type PaletteName, type ThemeName } from "./palette";
import { esc, FONT_FAMILY } from "./text";

/** The plot of any chart kind in a box: the one place that picks a kind's drawing. */
export function drawChart(m: ChartModel, box: Box, p: Palette): Drawn {
  if (m.kind === "line") return drawLines(m, box, p);
  if (m.kind === "map") return drawMap(m, box, p);
  if (m.kind === "cards") return drawCards(m, box, p);
  return m.layout === "horizontal" ? drawColumns(m, box, p) : drawBars(m, box, p);
}

/** A drawing taller than its box (more rows than the box was sized for) is scaled down to fit it. */
export function fitted(drawn: Drawn, height: number): string {
  if (drawn.height <= height + 0.5) return drawn.body;
  return `<g transform="scale(${Math.round((height / drawn.height) * 1000) / 1000})">${drawn.body}</g>`;
}

export interface SvgOptions {
  width: number;
  /** The box's height; without it the chart takes the height it needs. */
  height?: number;
  palette: PaletteName;
  theme?: ThemeName;
}

/** The opening tag every SVG of the renderer shares: size, typeface, and its name for assistive tech. */
export function svgOpen(width: number, height: number, label: string): string {
  const h = Math.ceil(height);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}" font-family="${FONT_FAMILY}" role="img" aria-label="${esc(label)}">`;
}

/**
 * The chart alone, laid out for exactly `width` × `height`: what the page shows in an <img> in the
 * box it reserves, beside the figure's title, description and table.
 */
export function renderChartSvg(m: ChartModel, o: SvgOptions): string {
  const p = paletteFor(o.palette, o.theme);
  const pad = 2;
  const drawn = drawChart(
    m,
    {
      x: pad,
      y: pad,
      width: o.width - 2 * pad,
      height: o.height === undefined ? undefined : o.height - 2 * pad,
    },
    p,
  );
  const height = o.height ?? drawn.height + 2 * pad;
  return `${svgOpen(o.width, height, m.title)}${p.style()}${fitted(drawn, height - 2 * pad)}</svg>\n`;
}
