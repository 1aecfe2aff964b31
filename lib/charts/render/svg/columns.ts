import type { ChartModel } from "../../model/model";
import { columnsFit, columnWidth } from "../category-names";
import { valueLabel } from "../value-label";
import { drawBars } from "./bars";
import { baseSize, barColor, seriesKey, type Box, type Drawn } from "./layout";
import type { Palette } from "./palette";
import { linesEl, r1, textEl, wrapToWidth } from "./text";

/** The plot's height when the box leaves it free (a download). */
const PLOT_H = 260;

/**
 * Grouped columns (the model's "horizontal" layout), each name under its own group, values above
 * the columns, a key of the series when there are several. Text is never turned on its side: where
 * groups are too narrow for their names (many rows on a phone) the same rows are drawn as bars.
 */
export function drawColumns(m: ChartModel, box: Box, p: Palette): Drawn {
  const size = baseSize(box.width);
  // Too narrow for the names, or a value wider than its column: the bars view has room for them.
  if (!columnsFit(m, box.width, size)) return drawBars(m, box, p);
  const groupW = box.width / Math.max(1, m.rows.length);
  const lineH = size + 3;
  const key = seriesKey(m, box, p, size);
  const per = Math.max(1, m.series.length);
  const colW = columnWidth(groupW, per);
  const labels = m.rows.map((r) => m.series.map((s) => valueLabel(m, r, s.key)));
  const names = m.rows.map((r) => wrapToWidth(String(r[m.indexKey]), groupW - 6, size, 3));
  const nameH = Math.max(...names.map((n) => n.length)) * lineH + 6;
  const plotTop = box.y + key.height + lineH + 4;
  const plotH =
    box.height !== undefined ? Math.max(40, box.y + box.height - nameH - plotTop) : PLOT_H;
  const base = plotTop + plotH;
  const max =
    Math.max(...m.rows.flatMap((r) => m.series.map((s) => Number(r[s.key] ?? 0))), 0) || 1;
  const out: string[] = [key.body];
  m.rows.forEach((r, i) => {
    const gx = box.x + i * groupW;
    const left = gx + (groupW - colW * per) / 2;
    m.series.forEach((s, j) => {
      const h = Math.max(1, (Number(r[s.key] ?? 0) / max) * plotH);
      const x = left + j * colW;
      out.push(
        `<rect x="${r1(x + 1)}" y="${r1(base - h)}" width="${r1(colW - 2)}" height="${r1(h)}" ${p.paint(barColor(m, s, r.id))}/>`,
        textEl(x + colW / 2, base - h - 4, labels[i]![j]!, {
          size,
          anchor: "middle",
          paint: p.paint("foreground"),
        }),
      );
    });
    out.push(
      linesEl(gx + groupW / 2, base + lineH, names[i]!, lineH, {
        size,
        anchor: "middle",
        paint: p.paint("muted"),
      }),
    );
  });
  out.push(
    `<line x1="${box.x}" x2="${box.x + box.width}" y1="${r1(base)}" y2="${r1(base)}" ${p.paint(undefined, "border")}/>`,
  );
  return { body: out.join(""), height: base + nameH - box.y };
}
