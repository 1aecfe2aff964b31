import type { ChartModel } from "../../model/model";
import { translator } from "../../../i18n/translate";
import { drawChart, svgOpen } from "./chart";
import { baseSize } from "./layout";
import { paletteFor, type PaletteName, type ThemeName } from "./palette";
import { esc, linesEl, wrapToWidth } from "./text";

/** The width of a downloaded SVG when the request names none. */
export const FILE_WIDTH = 960;

/**
 * A standalone SVG of the chart as shown, with its title, subtitle, status and sources drawn in: the
 * SVG download. `sourceLine` is the publishers, joined.
 */
export function toChartSvg(
  m: ChartModel,
  sourceLine: string,
  o: { width?: number; palette?: PaletteName; theme?: ThemeName } = {},
): string {
  const width = o.width ?? FILE_WIDTH;
  const p = paletteFor(o.palette ?? "file", o.theme);
  const pad = width < 520 ? 12 : 24;
  const inner = width - 2 * pad;
  const size = baseSize(width);
  const titleSize = width < 520 ? 18 : 24;
  const title = wrapToWidth(m.title, inner, titleSize, 3, true);
  const subtitle = wrapToWidth(m.subtitle, inner, size, 2);
  const status = m.status ? wrapToWidth(m.status.label, inner, size, 2) : [];
  const out: string[] = [];
  let y = pad + titleSize;
  out.push(
    linesEl(pad, y, title, titleSize + 6, {
      size: titleSize,
      weight: 700,
      paint: p.paint("foreground"),
    }),
  );
  y += (title.length - 1) * (titleSize + 6) + size + 10;
  out.push(linesEl(pad, y, subtitle, size + 4, { size, paint: p.paint("muted") }));
  y += (subtitle.length - 1) * (size + 4);
  if (status.length) {
    y += size + 10;
    out.push(linesEl(pad, y, status, size + 4, { size, paint: p.paint("foreground") }));
    y += (status.length - 1) * (size + 4);
  }
  const plot = drawChart(m, { x: pad, y: y + 16, width: inner }, p);
  out.push(plot.body);
  y += 16 + plot.height + 28;
  const t = translator(m.locale);
  const source = `${t("sourceLine.label", { count: sourceLine.split(", ").length })} ${sourceLine}`;
  const sourceLines = wrapToWidth(source, inner, 12, 3);
  out.push(linesEl(pad, y, sourceLines, 16, { size: 12, paint: p.paint("muted") }));
  const height = y + (sourceLines.length - 1) * 16 + pad;
  const open = svgOpen(width, height, `${m.title}. ${m.summary}`);
  const background = `<rect width="100%" height="100%" ${p.paint("card")}/>`;
  // The style last: it holds only the colours the drawing asked the palette for.
  const head = `${open}${p.style()}<title>${esc(m.title)}</title><desc>${esc(m.summary)}</desc>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}${background}${out.join("")}</svg>\n`;
}
