import type { ChartModel } from "../model/model";
import { translator } from "../../i18n/translate";
import { drawOrder, percentY, polylinePoints, rowX } from "./line-geometry";
import { cardFacts } from "./cards";
import { valueLabel } from "./value-label";
import { lightHex } from "../../ui/colors";
import { fileColor, lineStrokeWidth, markColor } from "./style";
import { legendFor, MAP_SIZE, TILE, toMapTiles } from "./tile-map";

const W = 960;
const INK = lightHex("foreground");
const MUTED = lightHex("muted");
const RULE = lightHex("border");
const PAPER = lightHex("card");

function esc(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function text(x: number, y: number, s: string, attrs = ""): string {
  return `<text x="${x}" y="${y}" ${attrs}>${esc(s)}</text>`;
}

/** About 7.5 px a character at 14 px; long names wrap at this many characters, onto two lines at most. */
const CHAR_PX = 7.5;
const WRAP_AT = 34;

/** Text in at most `most` lines of at most `max` characters, broken at spaces; the last line is cut with "…". */
function wrapText(s: string, max: number, most: number): string[] {
  if (s.length <= max || most <= 1) return [s.length > max ? `${s.slice(0, max - 1)}…` : s];
  const words = s.split(" ");
  let first = "";
  while (words.length && `${first} ${words[0]}`.trim().length <= max)
    first = `${first} ${words.shift()}`.trim();
  if (!first) return [s.slice(0, max), ...wrapText(s.slice(max), max, most - 1)];
  return [first, ...wrapText(words.join(" "), max, most - 1)];
}

/** A name in one or two lines, each at most WRAP_AT characters. */
function wrapName(name: string): string[] {
  return wrapText(name, WRAP_AT, 2);
}

function bars(m: ChartModel, top: number): { body: string; height: number } {
  const out: string[] = [];
  const names = m.rows.map((r) => wrapName(String(r[m.indexKey])));
  // The name column is as wide as the longest (wrapped) name, so none runs off the left edge.
  const nameW = Math.ceil(Math.max(...names.flat().map((l) => l.length), 4) * CHAR_PX);
  const labelW =
    Math.max(...m.series.flatMap((s) => m.rows.map((r) => valueLabel(m, r, s.key).length)), 4) *
    CHAR_PX;
  const x0 = 24 + nameW + 12;
  const barMax = W - x0 - labelW - 32;
  let y = top;
  for (const s of m.series) {
    const max = Math.max(...m.rows.map((r) => Number(r[s.key] ?? 0)), 0) || 1;
    if (m.series.length > 1) {
      out.push(text(24, y + 14, s.label, `font-weight="600" fill="${INK}"`));
      y += 24;
    }
    m.rows.forEach((r, i) => {
      const lines = names[i]!;
      const rowH = lines.length > 1 ? 40 : 28;
      const mid = y + rowH / 2;
      const v = Number(r[s.key] ?? 0);
      const w = Math.max(1, (v / max) * barMax);
      const fill = fileColor(markColor(s, !!m.highlight && r.id === m.highlight));
      lines.forEach((line, j) =>
        out.push(
          text(
            x0 - 12,
            mid + 5 + (j - (lines.length - 1) / 2) * 17,
            line,
            `text-anchor="end" fill="${MUTED}"`,
          ),
        ),
      );
      out.push(
        `<rect x="${x0}" y="${mid - 10}" width="${w.toFixed(1)}" height="20" rx="2" fill="${fill}"/>`,
      );
      out.push(text(x0 + 8 + w, mid + 5, valueLabel(m, r, s.key), `fill="${INK}"`));
      y += rowH;
    });
  }
  return { body: out.join(""), height: y - top };
}

/** Columns side by side, each name (wrapped) under its own column, as the columns view draws them. */
function columns(m: ChartModel, top: number): { body: string; height: number } {
  const out: string[] = [];
  const plotH = 260;
  const groupW = (W - 48) / Math.max(1, m.rows.length);
  const colW = Math.min(56, (groupW - 8) / Math.max(1, m.series.length));
  const max =
    Math.max(...m.rows.flatMap((r) => m.series.map((s) => Number(r[s.key] ?? 0))), 0) || 1;
  const base = top + 20 + plotH;
  // Names are wrapped to fit the group; narrow groups get a smaller type.
  const size = groupW < 70 ? 10 : 13;
  const perLine = Math.max(4, Math.floor(groupW / (size * 0.55)));
  let nameLines = 1;
  m.rows.forEach((r, i) => {
    const gx = 24 + i * groupW;
    m.series.forEach((s, j) => {
      const v = Number(r[s.key] ?? 0);
      const h = Math.max(1, (v / max) * plotH);
      const x = gx + (groupW - colW * m.series.length) / 2 + j * colW;
      const fill = fileColor(markColor(s, !!m.highlight && r.id === m.highlight));
      out.push(
        `<rect x="${x.toFixed(1)}" y="${(base - h).toFixed(1)}" width="${(colW - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="${fill}"/>`,
      );
      out.push(
        text(
          Math.round(x + colW / 2),
          Math.round(base - h - 4),
          valueLabel(m, r, s.key),
          `text-anchor="middle" font-size="${size}" fill="${INK}"`,
        ),
      );
    });
    const words = String(r[m.indexKey]).split(" ");
    const lines: string[] = [];
    for (const w of words) {
      const last = lines.at(-1);
      if (last !== undefined && `${last} ${w}`.length <= perLine)
        lines[lines.length - 1] = `${last} ${w}`;
      else lines.push(w.length > perLine ? `${w.slice(0, perLine - 1)}…` : w);
    }
    nameLines = Math.max(nameLines, lines.length);
    lines.forEach((line, k) =>
      out.push(
        text(
          Math.round(gx + groupW / 2),
          base + 16 + k * (size + 3),
          line,
          `text-anchor="middle" font-size="${size}" fill="${MUTED}"`,
        ),
      ),
    );
  });
  out.push(`<line x1="24" x2="${W - 24}" y1="${base}" y2="${base}" stroke="${RULE}"/>`);
  return { body: out.join(""), height: 20 + plotH + 8 + nameLines * (size + 3) + 8 };
}

/** One box per figure, all the same size, side by side (three to a row): nothing on a shared scale. */
function cards(m: ChartModel, top: number): { body: string; height: number } {
  const gap = 16;
  const across = Math.min(3, Math.max(1, m.rows.length));
  const cardW = (W - 48 - gap * (across - 1)) / across;
  const facts = m.rows.map((r) => cardFacts(m, r));
  const labels = facts.map((f) => wrapText(f.label, Math.floor((cardW - 32) / CHAR_PX), 3));
  // Sources are set smaller (12 px, about 6.5 px a character).
  const sources = facts.map((f) => wrapText(f.source, Math.floor((cardW - 32) / 6.5), 4));
  const labelH = Math.max(...labels.map((l) => l.length)) * 18;
  const sourceH = Math.max(...sources.map((l) => l.length)) * 15;
  const cardH = 24 + labelH + 46 + 24 + sourceH + 12;
  const out = facts.map((f, i) => {
    const x = 24 + (i % across) * (cardW + gap);
    const y = top + Math.floor(i / across) * (cardH + gap);
    const valueY = y + 24 + labelH + 30;
    return [
      `<rect x="${x.toFixed(1)}" y="${y}" width="${cardW.toFixed(1)}" height="${cardH}" rx="6" fill="${PAPER}" stroke="${RULE}"/>`,
      ...labels[i]!.map((l, j) => text(x + 16, y + 26 + j * 18, l, `fill="${MUTED}"`)),
      text(x + 16, valueY, f.stated, `font-size="30" font-weight="700" fill="${INK}"`),
      text(x + 16, valueY + 24, f.detail, `font-size="13" fill="${MUTED}"`),
      ...sources[i]!.map((l, j) =>
        text(x + 16, valueY + 46 + j * 15, l, `font-size="12" fill="${MUTED}"`),
      ),
    ].join("");
  });
  const rowsOfCards = Math.ceil(m.rows.length / across);
  return { body: out.join(""), height: rowsOfCards * (cardH + gap) - gap };
}

function lines(m: ChartModel, top: number): { body: string; height: number } {
  const h = 320;
  const box = { left: 60, top, width: W - 120, height: h };
  const x = (i: number) => rowX(box, i, m.rows.length);
  const y = (v: number) => percentY(box, v);
  const grid = [0, 25, 50, 75, 100].map(
    (t) =>
      `<line x1="60" x2="${W - 60}" y1="${y(t)}" y2="${y(t)}" stroke="${RULE}"/>${text(52, y(t) + 4, `${t}%`, `text-anchor="end" fill="${MUTED}"`)}`,
  );
  const series = drawOrder(m.series, m.highlight).map((s) => {
    const stroke = fileColor(markColor(s, s.key === m.highlight));
    return `<polyline points="${polylinePoints(box, m.rows, s.key)}" fill="none" stroke="${stroke}" stroke-width="${lineStrokeWidth(s, m.highlight)}"><title>${esc(s.label)}</title></polyline>`;
  });
  const named = m.series.filter((s) => !s.muted || s.key === m.highlight);
  const legend = named.map((s, i) => {
    const color = fileColor(markColor(s, s.key === m.highlight));
    return `<rect x="${W - 220}" y="${top + 8 + i * 20}" width="14" height="4" fill="${color}"/>${text(W - 200, top + 14 + i * 20, s.label, `fill="${INK}"`)}`;
  });
  const ticks = m.rows.map((r, i) =>
    text(x(i), top + h + 20, String(r[m.indexKey]), `text-anchor="middle" fill="${MUTED}"`),
  );
  return { body: [...grid, ...series, ...legend, ...ticks].join(""), height: h + 30 };
}

/** The tile map at 1.3× its own units, centred, with the colour key under it. */
function map(m: ChartModel, top: number): { body: string; height: number } {
  const k = 1.3;
  const left = (W - MAP_SIZE.width * k) / 2;
  const tiles = toMapTiles(m, m.locale).map((t) => {
    const cx = (t.x + TILE.width / 2).toFixed(1);
    const ink = lightHex(t.ink);
    return `<g><title>${esc(`${t.name}: ${t.label}`)}</title><rect x="${t.x}" y="${t.y}" width="${TILE.width}" height="${TILE.height}" rx="6" fill="${lightHex(t.fill)}" stroke="${MUTED}"${t.marked ? ' stroke-dasharray="6 4" stroke-width="2"' : ""}/>${text(Number(cx), t.y + 32, t.wide.lines[0], `text-anchor="middle" font-size="14" fill="${ink}"`)}${text(Number(cx), t.y + 64, t.wide.lines[1], `text-anchor="middle" font-size="20" font-weight="700" fill="${ink}"`)}</g>`;
  });
  const keyTop = top + MAP_SIZE.height * k + 24;
  const legend = legendFor(m, m.locale).map(
    (s, i) =>
      `<rect x="${24 + i * 150}" y="${keyTop}" width="24" height="14" rx="2" fill="${lightHex(s.color)}" stroke="${MUTED}"/>${text(54 + i * 150, keyTop + 12, s.label, `fill="${INK}"`)}`,
  );
  return {
    body: `<g transform="translate(${left.toFixed(1)} ${top}) scale(${k})">${tiles.join("")}</g>${legend.join("")}`,
    height: MAP_SIZE.height * k + 48,
  };
}

/** A standalone SVG of the chart as shown, with its title, status and sources drawn in. */
export function toChartSvg(m: ChartModel, sourceLine: string): string {
  const header = [
    text(24, 40, m.title, `font-size="24" font-weight="700" fill="${INK}"`),
    text(24, 64, m.subtitle, `fill="${MUTED}"`),
    m.status ? text(24, 88, m.status.label, `fill="${INK}"`) : "",
  ].join("");
  const top = m.status ? 104 : 84;
  const plot =
    m.kind === "line"
      ? lines(m, top)
      : m.kind === "map"
        ? map(m, top)
        : m.kind === "cards"
          ? cards(m, top)
          : m.layout === "horizontal"
            ? columns(m, top)
            : bars(m, top);
  const height = top + plot.height + 48;
  const source = translator(m.locale)("sourceLine.label", { count: sourceLine.split(", ").length });
  const footer = text(24, height - 18, `${source} ${sourceLine}`, `font-size="12" fill="${MUTED}"`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="14" role="img" aria-label="${esc(`${m.title}. ${m.summary}`)}"><title>${esc(m.title)}</title><desc>${esc(m.summary)}</desc><rect width="100%" height="100%" fill="${PAPER}"/>${header}${plot.body}${footer}</svg>\n`;
}
