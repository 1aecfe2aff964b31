import type { ChartModel } from "../../model/model";
import { nameColumnWidth } from "../category-names";
import { valueLabel } from "../value-label";
import { baseSize, barColor, seriesKey, type Box, type Drawn } from "./layout";
import type { Palette } from "./palette";
import { linesEl, r1, textWidth, wrapToWidth } from "./text";

const GAP = 8;

/**
 * Horizontal bars (the model's "vertical" layout): names right-aligned in a column of their own,
 * wrapped onto up to three lines rather than cut, then each row's bars on one scale, each value
 * after its bar. In a fixed box the rows share its height, so there is no band of empty space
 * above or below them.
 */
export function drawBars(m: ChartModel, box: Box, p: Palette): Drawn {
  const size = baseSize(box.width);
  const lineH = size + 3;
  const key = seriesKey(m, box, p, size);
  const values = m.rows.map((r) => m.series.map((s) => Number(r[s.key] ?? 0)));
  const labels = m.rows.map((r) => m.series.map((s) => valueLabel(m, r, s.key)));
  const max = box.scaleMax ?? (Math.max(...values.flat(), 0) || 1);
  const names = m.rows.map((r) => String(r[m.indexKey]));
  const labelW = Math.min(
    Math.max(...labels.flat().map((l) => textWidth(l, size)), 0),
    box.width * 0.4,
  );
  // The name column: as wide as the longest name, leaving the bars at least a third of the chart;
  // wider where a name would not fit three lines uncut («ОСДП (Общенациональная
  // социал-демократическая партия)» on a phone), as long as the bars keep a fifth of it.
  const rest = labelW + GAP + 8;
  const nameW = nameColumnWidth(
    names,
    Math.max(
      24,
      Math.min(Math.max(...names.map((n) => textWidth(n, size))), box.width * 0.62 - rest),
    ),
    box.width * 0.8 - rest,
    3,
    size,
  );
  const wrapped = names.map((n) => wrapToWidth(n, nameW, size, 3));
  const valueLines = labels.map((ls) => ls.map((l) => wrapToWidth(l, labelW, size, 2)));
  const barX = box.x + nameW + GAP;
  const barMax = Math.max(8, box.width - nameW - GAP - 6 - labelW - 2);
  const per = m.series.length;
  // Each row needs room for its name's lines and, per series, a bar or a value's lines, plus a
  // little air, which a box sized for one-line names gives up to rows whose names take two.
  const text = m.rows.map((_, i) =>
    Math.max(
      wrapped[i]!.length * lineH,
      valueLines[i]!.reduce((sum, v) => sum + Math.max(v.length * lineH, 14), 0),
    ),
  );
  const room0 = box.height !== undefined ? box.height - key.height : undefined;
  const sum = text.reduce((a, b) => a + b, 0);
  const air = room0 === undefined ? 6 : Math.min(6, Math.max(0, (room0 - sum) / m.rows.length));
  const needs = text.map((t) => t + air);
  const top = box.y + key.height;
  const room = room0;
  const natural = needs.reduce((a, b) => a + b, 0);
  const stretch = room && room > natural ? room / natural : 1;
  // One thickness for every bar: a row with a two-line name is taller, its bar no thicker.
  const thick = Math.min(22, Math.max(6, (Math.min(...needs) * stretch - air) / per - 4));
  const out: string[] = [key.body];
  let y = top;
  m.rows.forEach((r, i) => {
    const rowH = needs[i]! * stretch;
    const mid = y + rowH / 2;
    const nameLines = wrapped[i]!;
    out.push(
      linesEl(
        barX - GAP,
        mid - ((nameLines.length - 1) * lineH) / 2 + size * 0.35,
        nameLines,
        lineH,
        {
          size,
          anchor: "end",
          paint: p.paint("muted"),
        },
      ),
    );
    const slot = (rowH - air) / per;
    m.series.forEach((s, j) => {
      const cy = y + air / 2 + slot * (j + 0.5);
      const w = Math.max(1, (values[i]![j]! / max) * barMax);
      out.push(
        `<rect x="${r1(barX)}" y="${r1(cy - thick / 2)}" width="${r1(w)}" height="${r1(thick)}" rx="2" ${p.paint(barColor(m, s, r.id))}/>`,
      );
      const vl = valueLines[i]![j]!;
      out.push(
        linesEl(barX + w + 6, cy - ((vl.length - 1) * lineH) / 2 + size * 0.35, vl, lineH, {
          size,
          paint: p.paint("foreground"),
        }),
      );
    });
    y += rowH;
  });
  return { body: out.join(""), height: y - box.y };
}
