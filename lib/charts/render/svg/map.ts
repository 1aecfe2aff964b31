import type { ChartModel } from "../../model/model";
import { legendFor, MAP_SIZE, TILE, toMapTiles } from "../tile-map";
import { baseSize, type Box, type Drawn } from "./layout";
import type { Palette } from "./palette";
import { clipToWidth, esc, r1, textEl, textWidth } from "./text";

/**
 * The tile map scaled to the box, each tile with its name and value (the phone's code and bare
 * number where a tile is too small for the name at a legible size), and the colour key under it.
 */
export function drawMap(m: ChartModel, box: Box, p: Palette): Drawn {
  const size = baseSize(box.width);
  const keys = legendFor(m, m.locale);
  const keyItemW = Math.max(...keys.map((k) => textWidth(k.label, size))) + 30;
  const keyCols = Math.max(1, Math.floor((box.width + 12) / (keyItemW + 12)));
  const keyH = Math.ceil(keys.length / keyCols) * (size + 10);
  const room = box.height !== undefined ? box.height - keyH - 12 : undefined;
  // Across, the map takes the box's width; down, what the box leaves (a preview's wide, low box
  // gets flatter tiles, which keep their names on one line).
  const kx = Math.min(box.width / MAP_SIZE.width, 1.3);
  const ky = Math.min(kx, room ? room / MAP_SIZE.height : kx);
  const left = box.x + (box.width - MAP_SIZE.width * kx) / 2;
  const tileW = TILE.width * kx;
  const tileH = TILE.height * ky;
  const all = toMapTiles(m, m.locale);
  // Names take the upper half of a tile, values the lower. Every tile shows its short name where all
  // of them fit at a legible size (the largest that does), else every tile its code and bare number:
  // a map mixing the two reads as two kinds of tile.
  const fits = (size: number) => all.every((t) => textWidth(t.wide.lines[0], size) <= tileW - 6);
  let nameSize = Math.max(size, Math.min(16, Math.floor(tileH * 0.2)));
  while (nameSize > size && !fits(nameSize)) nameSize--;
  const wide = fits(nameSize);
  const valueFits = (size: number) =>
    all.every((t) => textWidth((wide ? t.wide : t.narrow).lines[1], size, true) <= tileW - 4);
  let valueSize = Math.max(size, Math.min(22, Math.floor(tileH * 0.28)));
  while (valueSize > size && !valueFits(valueSize)) valueSize--;
  const tiles = all.map((t) => {
    const [name, value] = wide ? t.wide.lines : t.narrow.lines;
    const x = left + t.x * kx;
    const y = box.y + t.y * ky;
    const cx = x + tileW / 2;
    const dash = t.marked ? ` stroke-dasharray="5 3" stroke-width="2"` : "";
    return `<g><title>${esc(`${t.name}: ${t.label}`)}</title><rect x="${r1(x)}" y="${r1(y)}" width="${r1(tileW)}" height="${r1(tileH)}" rx="4" ${p.paint(t.fill, "muted")}${dash}/>${textEl(cx, y + tileH * 0.42, clipToWidth(name, tileW - 4, nameSize), { size: nameSize, anchor: "middle", paint: p.paint(t.ink) })}${textEl(cx, y + tileH * 0.42 + valueSize + 2, clipToWidth(value, tileW - 4, valueSize, true), { size: valueSize, weight: 700, anchor: "middle", paint: p.paint(t.ink) })}</g>`;
  });
  const keyTop = box.y + MAP_SIZE.height * ky + 12;
  const legend = keys.map((s, i) => {
    const x = box.x + (i % keyCols) * (keyItemW + 12);
    const y = keyTop + Math.floor(i / keyCols) * (size + 10);
    return `<rect x="${r1(x)}" y="${r1(y)}" width="22" height="${size}" rx="2" ${p.paint(s.color, "muted")}/>${textEl(x + 28, y + size - 2, s.label, { size, paint: p.paint("foreground") })}`;
  });
  return { body: [...tiles, ...legend].join(""), height: MAP_SIZE.height * ky + 12 + keyH };
}
