import type { ChartModel } from "../../model/model";
import { cardFacts } from "../cards";
import { baseSize, type Box, type Drawn } from "./layout";
import type { Palette } from "./palette";
import { linesEl, r1, wrapToWidth } from "./text";

const GAP = 16;
const PAD = 14;

/**
 * One box per figure, all the same size (three to a row on a wide image, one on a phone): nothing on
 * a shared scale. Every card of a row puts its big number at the same height.
 */
export function drawCards(m: ChartModel, box: Box, p: Palette): Drawn {
  const size = baseSize(box.width);
  const lineH = size + 4;
  const across = Math.min(box.width < 520 ? 1 : 3, Math.max(1, m.rows.length));
  const cardW = (box.width - GAP * (across - 1)) / across;
  const inner = cardW - 2 * PAD;
  const big = Math.min(30, Math.max(20, Math.floor(inner / 8)));
  const facts = m.rows.map((r) => cardFacts(m, r));
  const labels = facts.map((f) => wrapToWidth(f.label, inner, size, 3));
  const values = facts.map((f) => wrapToWidth(f.stated, inner, big, 2, true));
  const details = facts.map((f) => wrapToWidth(f.detail, inner, 12, 2));
  const sources = facts.map((f) =>
    box.cardSources === false ? [] : wrapToWidth(f.source, inner, 12, 3),
  );
  const most = (ls: string[][]) => Math.max(0, ...ls.map((l) => l.length));
  const labelH = most(labels) * lineH;
  const valueH = most(values) * (big + 6);
  const detailH = most(details) * 16;
  const sourceH = most(sources) * 16;
  const cardH = PAD + labelH + 6 + valueH + detailH + (sourceH ? 6 + sourceH : 0) + PAD;
  const out = facts.map((_, i) => {
    const x = box.x + (i % across) * (cardW + GAP);
    const y = box.y + Math.floor(i / across) * (cardH + GAP);
    const valueY = y + PAD + labelH + 6 + big;
    const detailY = y + PAD + labelH + 6 + valueH + 12;
    return [
      `<rect x="${r1(x + 0.5)}" y="${r1(y + 0.5)}" width="${r1(cardW - 1)}" height="${r1(cardH - 1)}" rx="6" ${p.paint("card", "border")}/>`,
      linesEl(x + PAD, y + PAD + size, labels[i]!, lineH, { size, paint: p.paint("muted") }),
      linesEl(x + PAD, valueY, values[i]!, big + 6, {
        size: big,
        weight: 700,
        paint: p.paint("foreground"),
      }),
      linesEl(x + PAD, detailY, details[i]!, 16, { size: 12, paint: p.paint("muted") }),
      linesEl(x + PAD, detailY + detailH + 6, sources[i]!, 16, {
        size: 12,
        paint: p.paint("muted"),
      }),
    ].join("");
  });
  const rows = Math.ceil(m.rows.length / across);
  return { body: out.join(""), height: rows * (cardH + GAP) - GAP };
}
