import type { ChartModel } from "../../model/model";
import { toHeadline } from "../../model/headline";
import { translator } from "../../../i18n/translate";
import { drawChart, fitted, svgOpen } from "./chart";
import type { Drawn } from "./layout";
import { filePalette, type Palette } from "./palette";
import { clipToWidth, linesEl, r1, textEl, textWidth, wrapToWidth } from "./text";
import type { RevisionStatus } from "../../../data/schemas";
import { STATUS_MARK } from "../../../ui/status-mark";

export const PREVIEW = { width: 1200, height: 630 } as const;
const PAD_X = 56;
const INNER = PREVIEW.width - 2 * PAD_X;
/**
 * The chart is laid out smaller and drawn larger, so its text reads in a link's thumbnail: 1.4 times
 * when it fits, less for a tall chart (six cards), so that it still takes the whole width.
 */
const ZOOMS = [1.4, 1.3, 1.2, 1.1, 1] as const;
/** More bars than this go in two lists side by side, on one scale (the 20 regions). */
const ONE_LIST = 10;

/**
 * The title at the largest size from 44 px down to 36 px that keeps it on one line; a longer one
 * (Russian and Kazakh titles run a third longer than English) takes two lines at 36 px.
 */
function titleLines(title: string): { lines: string[]; size: number } {
  for (let size = 44; size >= 36; size -= 4)
    if (textWidth(title, size, true) <= INNER) return { lines: [title], size };
  return { lines: wrapToWidth(title, INNER, 36, 2, true), size: 36 };
}

/** The chart drawn for a box `width` wide laid out at `zoom`, at the height it needs. */
function drawAt(m: ChartModel, width: number, height: number, zoom: number, p: Palette): Drawn {
  // Cards leave their sources out: the preview names every source under the chart.
  const box = { x: 0, y: 0, width: width / zoom, height: height / zoom, cardSources: false };
  const split = m.kind === "bar" && m.layout === "vertical" && m.rows.length > ONE_LIST;
  if (!split) return drawChart(m, box, p);
  const key = m.series[0]?.key ?? "";
  const scaleMax = Math.max(...m.rows.map((r) => Number(r[key] ?? 0)), 0) || 1;
  const half = Math.ceil(m.rows.length / 2);
  const w = (box.width - 24) / 2;
  const lists = [m.rows.slice(0, half), m.rows.slice(half)].map((rows) =>
    drawChart({ ...m, rows }, { ...box, width: w, scaleMax }, p),
  );
  return {
    body: lists
      .map((list, i) => `<g transform="translate(${r1(i * (w + 24))} 0)">${list.body}</g>`)
      .join(""),
    height: Math.max(...lists.map((l) => l.height)),
  };
}

/**
 * The chart in the preview's room: at the largest zoom at which it fits the height, so it spans the
 * whole width; scaled down only when it does not fit even unzoomed.
 */
export function previewChart(
  m: ChartModel,
  x: number,
  y: number,
  width: number,
  height: number,
  p: Palette,
): Drawn {
  // The map sizes its own tiles and text to the box.
  const zooms = m.kind === "map" ? [1] : ZOOMS;
  let zoom = zooms[0]!;
  let drawn = drawAt(m, width, height, zoom, p);
  for (const next of zooms.slice(1)) {
    if (drawn.height * zoom <= height + 0.5) break;
    zoom = next;
    drawn = drawAt(m, width, height, zoom, p);
  }
  // A chart shorter than its room (two cards) sits in the middle of it.
  const dy = Math.max(0, (height - drawn.height * zoom) / 2);
  const body = fitted(drawn, height / zoom);
  return {
    body: `<g transform="translate(${x} ${r1(y + dy)}) scale(${zoom})">${body}</g>`,
    height,
  };
}

/**
 * The 1200×630 link preview and PNG: site name, title, subtitle, the headline figure (a region
 * page's leads with the region's, through the highlight) and status, the chart, and the sources.
 */
export function toPreviewSvg(m: ChartModel, publishers: string[]): string {
  const t = translator(m.locale);
  const p = filePalette();
  const out: string[] = [`<rect width="100%" height="100%" ${p.paint("card")}/>`];
  out.push(textEl(PAD_X, 66, t("site.name"), { size: 22, paint: p.paint("accent") }));
  // The status (final, preliminary, and when) at the top right, beside the site's name.
  if (m.status) {
    const w = Math.min(textWidth(m.status.label, 20) + 24, INNER / 2);
    const sx = PREVIEW.width - PAD_X - w;
    out.push(
      `<rect x="${r1(sx)}" y="40" width="${r1(w)}" height="36" ${p.paint("background")}/>`,
      statusMarkSvg(sx, 40, 36, m.status.status, p),
      textEl(sx + 16, 65, clipToWidth(m.status.label, w - 24, 20), {
        size: 20,
        paint: p.paint("foreground"),
      }),
    );
  }
  const title = titleLines(m.title);
  const titleH = title.size + 8;
  out.push(
    linesEl(PAD_X, 78 + title.size, title.lines, titleH, {
      size: title.size,
      weight: 700,
      paint: p.paint("foreground"),
    }),
  );
  let y = 78 + title.lines.length * titleH + 26;
  out.push(
    textEl(PAD_X, y, clipToWidth(m.subtitle, INNER, 22), { size: 22, paint: p.paint("muted") }),
  );
  const headline = toHeadline(m);
  if (headline) {
    out.push(
      textEl(PAD_X, y + 68, headline.value, {
        size: 56,
        weight: 700,
        paint: p.paint("foreground"),
      }),
    );
    const x = PAD_X + textWidth(headline.value, 56, true) + 16;
    out.push(
      textEl(x, y + 68, clipToWidth(headline.label, INNER - (x - PAD_X), 24), {
        size: 24,
        paint: p.paint("muted"),
      }),
    );
    y += 84;
  }
  y += 16;
  const sourceY = PREVIEW.height - 40;
  out.push(previewChart(m, PAD_X, y, INNER, sourceY - 36 - y, p).body);
  const shown =
    publishers.length > 3
      ? t("preview.andMore", {
          first: publishers.slice(0, 3).join(", "),
          count: publishers.length - 3,
        })
      : publishers.join(", ");
  const source = `${t("sourceLine.label", { count: publishers.length })} ${shown}`;
  out.push(
    textEl(PAD_X, sourceY, clipToWidth(source, INNER, 20), { size: 20, paint: p.paint("muted") }),
  );
  return `${svgOpen(PREVIEW.width, PREVIEW.height, m.title)}${out.join("")}</svg>\n`;
}

/** The status mark at a badge's left edge, as on the page: a solid bar, or three dashes. */
export function statusMarkSvg(
  x: number,
  y: number,
  height: number,
  status: RevisionStatus,
  p: Palette,
): string {
  const mark = STATUS_MARK[status];
  const dash = (top: number, h: number) =>
    `<rect x="${r1(x)}" y="${r1(top)}" width="6" height="${r1(h)}" ${p.paint(mark.color)}/>`;
  if (!mark.dashed) return dash(y, height);
  const h = height / 5;
  return [0, 2, 4].map((i) => dash(y + i * h, h)).join("");
}
