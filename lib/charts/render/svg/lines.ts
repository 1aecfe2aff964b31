import type { ChartModel } from "../../model/model";
import { formatNumber } from "../../../format";
import {
  drawOrder,
  endLabelBaseline,
  endLabelText,
  lineEndLabels,
  percentY,
  polylinePoints,
  rowX,
  visibleTicks,
} from "../line-geometry";
import { lineStrokeWidth, markColor } from "../style";
import { baseSize, type Box, type Drawn } from "./layout";
import type { Palette } from "./palette";
import { esc, r1, textEl, textWidth } from "./text";

const TICKS = [0, 25, 50, 75, 100];
const PLOT_H = 320;

/**
 * Percentages through time: a grid at every 25%, the muted lines (the regions) behind, the lead and
 * highlighted lines on top, each named with its last value at its end.
 */
export function drawLines(m: ChartModel, box: Box, p: Palette): Drawn {
  const size = baseSize(box.width);
  const axisW = textWidth("100%", size) + 6;
  const plotH = box.height !== undefined ? box.height - size - 14 : PLOT_H;
  const plot = {
    left: box.x + axisW,
    top: box.y + 6,
    width: box.width - axisW - 2,
    height: plotH - 6,
  };
  const grid = TICKS.map((t) => {
    const y = percentY(plot, t);
    return `<line x1="${r1(plot.left)}" x2="${r1(plot.left + plot.width)}" y1="${y}" y2="${y}" ${p.paint(undefined, "border")}/>${textEl(plot.left - 6, y + size * 0.35, formatNumber(t, "percent", 0, m.locale), { size, anchor: "end", paint: p.paint("muted") })}`;
  });
  // Strokes are the page's widths; a wide image (a preview) draws them a little heavier.
  const k = box.width >= 900 ? 1.5 : 1;
  const lines = drawOrder(m.series, m.highlight).map(
    (s) =>
      `<polyline points="${polylinePoints(plot, m.rows, s.key)}" stroke-width="${lineStrokeWidth(s, m.highlight) * k}" stroke-linejoin="round" ${p.paint(undefined, markColor(s, s.key === m.highlight))}><title>${esc(s.label)}</title></polyline>`,
  );
  const ends = lineEndLabels(m.series, m.rows, m.highlight).map((l) => {
    const value = formatNumber(l.value, m.unit, m.decimals, m.locale);
    const text = endLabelText(l.series.label, value, plot.width, (t) => textWidth(t, size, true));
    const w = textWidth(text, size, true);
    const x = plot.left + plot.width;
    const y = endLabelBaseline(percentY(plot, l.at), size, l.below);
    return `<rect x="${r1(x - w - 4)}" y="${r1(y - size)}" width="${r1(w + 4)}" height="${size + 4}" rx="2" opacity="0.85" ${p.paint("card")}/>${textEl(x - 2, y, text, { size, weight: 700, anchor: "end", paint: p.paint("foreground") })}`;
  });
  const names = m.rows.map((r) => String(r[m.indexKey]));
  const xs = m.rows.map((_, i) => rowX(plot, i, m.rows.length));
  const widths = names.map((n) => textWidth(n, size));
  const baseY = plot.top + plot.height + size + 6;
  const ticks = visibleTicks(xs, widths, 8).map((i) =>
    textEl(xs[i]!, baseY, names[i]!, {
      size,
      anchor: i === 0 ? "start" : i === names.length - 1 ? "end" : "middle",
      paint: p.paint("muted"),
    }),
  );
  return { body: [...grid, ...lines, ...ends, ...ticks].join(""), height: baseY + 6 - box.y };
}
