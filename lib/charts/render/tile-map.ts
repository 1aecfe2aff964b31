import { SCALE_COLORS, SCALE_INK, type ColorToken, type ScaleColor } from "../../ui/colors";
import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import { formatNumber } from "../../format";
import type { ChartModel } from "../model/model";
import { TILE_GRID } from "../model/tile-grid";

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
export function scaleLegend(locale: Locale = "en"): { color: ScaleColor; label: string }[] {
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
  fill: ScaleColor | "chart-muted";
  ink: ColorToken;
}

/** The tiles of a map chart in reading order (row by row, west to east), as every renderer draws them. */
export function toMapTiles(
  model: Pick<ChartModel, "rows" | "series" | "indexKey" | "unit" | "decimals" | "locale">,
): MapTile[] {
  const key = model.series[0]?.key ?? "";
  return model.rows
    .flatMap((r) => {
      const place = typeof r.id === "string" ? TILE_GRID[r.id] : undefined;
      if (!place || typeof r.id !== "string") return [];
      const v = r[key];
      const value = typeof v === "number" ? v : null;
      const fill = value === null ? ("chart-muted" as const) : scaleColor(value);
      const name = String(r[model.indexKey]);
      const label =
        value === null
          ? translator(model.locale)("map.noFigure")
          : formatNumber(value, model.unit, model.decimals, model.locale);
      const shownValue = value === null ? "–" : label;
      return [
        {
          id: r.id,
          name,
          value,
          label,
          narrow: tileText(place.code[model.locale], shownValue.replace(/\s?%/, ""), name, label),
          // The tile has no room for Russian's space before the percent sign; the name keeps it.
          wide: tileText(place.short[model.locale], shownValue.replace(/\s%/, "%"), name, label),
          x: place.col * (TILE.width + TILE.gap),
          y: place.row * (TILE.height + TILE.gap),
          fill,
          ink: fill === "chart-muted" ? ("foreground" as const) : SCALE_INK[fill],
          order: place.row * GRID_COLS + place.col,
        },
      ];
    })
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...tile }) => tile);
}
