import {
  DIVERGING_COLORS,
  DIVERGING_INK,
  SCALE_COLORS,
  SCALE_INK,
  type ColorToken,
  type DivergingColor,
  type ScaleColor,
} from "../../ui/colors";
import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import { formatNumber } from "../../format";
import type { ChartModel } from "../model/model";
import { TILE_GRID } from "../model/tile-grid";
import { tileWords } from "./tile-words";

/** Tile size and gap in the map's own units; every renderer scales these. */
export const TILE = { width: 100, height: 84, gap: 6 } as const;
export const GRID_COLS = Math.max(...Object.values(TILE_GRID).map((t) => t.col)) + 1;
export const GRID_ROWS = Math.max(...Object.values(TILE_GRID).map((t) => t.row)) + 1;
export const MAP_SIZE = {
  width: GRID_COLS * TILE.width + (GRID_COLS - 1) * TILE.gap,
  height: GRID_ROWS * TILE.height + (GRID_ROWS - 1) * TILE.gap,
} as const;

/**
 * Fixed breaks in percent, the same at every release: colours compare across the slider, where
 * breaks fitted to each release's spread would recolour tiles whose turnout did not change.
 */
export const SCALE_BREAKS = [20, 40, 60, 80] as const;

/** The step a value falls in: below 20 is the first, 80 and above the last. */
export function scaleColor(value: number): ScaleColor {
  const step = SCALE_BREAKS.filter((b) => value >= b).length;
  return SCALE_COLORS[step]!;
}

/** The legend: each step with its range, e.g. "40–60%", in the map's language. */
export function scaleLegend(locale: Locale): { color: ScaleColor; label: string }[] {
  const t = translator(locale);
  const pct = (n: number) => formatNumber(n, "percent", 0, locale);
  return SCALE_COLORS.map((color, i) => {
    const lo = SCALE_BREAKS[i - 1];
    const hi = SCALE_BREAKS[i];
    const label =
      lo === undefined
        ? t("map.under", { value: pct(hi!) })
        : hi === undefined
          ? t("map.andOver", { value: pct(lo) })
          : t("map.range", { from: String(lo), to: pct(hi) });
    return { color, label };
  });
}

/**
 * Breaks of the change map in points, symmetric around no change: fixed, so two comparisons colour
 * alike, and wide enough that a tenth of a point of rounding never flips a tile's colour.
 */
export const CHANGE_BREAKS = [-10, -2, 2, 10] as const;

export function divergingColor(value: number): DivergingColor {
  const step = CHANGE_BREAKS.filter((b) => value >= b).length;
  return DIVERGING_COLORS[step]!;
}

/** The change map's legend, falls first. */
export function changeLegend(locale: Locale): { color: DivergingColor; label: string }[] {
  const t = translator(locale);
  const pts = (n: number) => formatNumber(Math.abs(n), "points", 0, locale).replace(/^[+−]/, "");
  const [a, b, , d] = CHANGE_BREAKS;
  return [
    { color: "div-1", label: t("map.fall", { value: pts(a) }) },
    { color: "div-2", label: t("map.fallRange", { from: String(Math.abs(b)), to: pts(a) }) },
    { color: "div-3", label: t("map.steady", { value: pts(b) }) },
    { color: "div-4", label: t("map.riseRange", { from: String(Math.abs(b)), to: pts(d) }) },
    { color: "div-5", label: t("map.rise", { value: pts(d) }) },
  ];
}

/** The key of a map as drawn, in the page's language: the turnout scale, or the change scale of a comparison. */
export function legendFor(
  m: Pick<ChartModel, "unit">,
  locale: Locale,
): { color: ScaleColor | DivergingColor; label: string }[] {
  return m.unit === "points" ? changeLegend(locale) : scaleLegend(locale);
}

export interface TileText {
  lines: [string, string];
  /**
   * The link's accessible name: the shown text first, then the full name where the shown one is
   * shortened, so a voice-control user can say what they see (WCAG 2.5.3, label in name) and a
   * screen reader still hears the unit's full name and value.
   */
  name: string;
}

function tileText(shown: string, value: string, full: string, label: string): TileText {
  return {
    lines: [shown, value],
    name: shown === full ? `${full} ${label}` : `${shown} ${label}, ${full}`,
  };
}

export interface MapTile {
  id: string;
  name: string;
  /** null when the release gave no figure for the unit. */
  value: number | null;
  /** The value as printed ("78.87%"), or "no figure". */
  label: string;
  /** What the tile shows on a phone (code, bare number) and on wider screens (short name, value). */
  narrow: TileText;
  wide: TileText;
  x: number;
  y: number;
  fill: ScaleColor | DivergingColor | "chart-muted";
  ink: ColorToken;
  /** No figure for the unit at this vote, or no like-for-like comparison: drawn with a dashed edge. */
  marked: boolean;
}

function inkOn(fill: MapTile["fill"]): ColorToken {
  if (fill === "chart-muted") return "foreground";
  return fill.startsWith("div-")
    ? DIVERGING_INK[fill as DivergingColor]
    : SCALE_INK[fill as ScaleColor];
}

/**
 * The tiles of a map chart in reading order (row by row, west to east), as every renderer draws them,
 * with their words in the page's language. A row's `nameId` names the unit as it was called on the
 * map's day (a former name's id); without one, the unit's own id does.
 */
export function toMapTiles(
  model: Pick<ChartModel, "rows" | "series" | "indexKey" | "unit" | "decimals">,
  locale: Locale,
): MapTile[] {
  const key = model.series[0]?.key ?? "";
  const change = model.unit === "points";
  const t = translator(locale);
  return model.rows
    .flatMap((r) => {
      const place = typeof r.id === "string" ? TILE_GRID[r.id] : undefined;
      if (!place || typeof r.id !== "string") return [];
      const v = r[key];
      const value = typeof v === "number" ? v : null;
      const fill =
        value === null
          ? ("chart-muted" as const)
          : change
            ? divergingColor(value)
            : scaleColor(value);
      const name = String(r[model.indexKey]);
      const status = typeof r.status === "string" ? r.status : null;
      const marked = status !== null && status !== "comparable";
      const note = typeof r.note === "string" && r.note ? r.note : null;
      const label =
        value === null
          ? (note ?? t("map.noFigure"))
          : formatNumber(value, model.unit, model.decimals, locale);
      // A change's tile has room for the signed number only; the legend gives the unit.
      const shownValue = value === null ? "–" : change ? label.replace(/[\s\u00a0].*$/, "") : label;
      const words = tileWords(t, typeof r.nameId === "string" ? r.nameId : r.id);
      return [
        {
          id: r.id,
          name,
          value,
          label,
          narrow: tileText(words.code, shownValue.replace(/\s?%/, ""), name, label),
          // The tile has no room for Russian's space before the percent sign; the name keeps it.
          wide: tileText(words.short, shownValue.replace(/\s%/, "%"), name, label),
          x: place.col * (TILE.width + TILE.gap),
          y: place.row * (TILE.height + TILE.gap),
          fill,
          ink: inkOn(fill),
          marked,
          order: place.row * GRID_COLS + place.col,
        },
      ];
    })
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...tile }) => tile);
}
