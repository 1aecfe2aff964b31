import type { PaletteName, ThemeName } from "./palette";

/** What an image request may ask of the renderer beyond the chart's view. */
export interface ImageParams {
  /** Width in pixels to lay the chart out for; none means the file's default. */
  width?: number;
  /** The page's box height (with palette=page). */
  height?: number;
  palette: PaletteName;
  theme?: ThemeName;
}

/** Sizes outside these bounds are no real box: they fall back to the default. */
export const IMAGE_WIDTH = { min: 240, max: 2000 } as const;
export const IMAGE_HEIGHT = { min: 80, max: 2000 } as const;

function size(raw: string | null, bounds: { min: number; max: number }): number | undefined {
  if (raw === null || !/^\d{1,4}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= bounds.min && n <= bounds.max ? n : undefined;
}

/** Reads w, h, palette and theme; a bad value is the default, never an error (the image still draws). */
export function parseImageParams(query: URLSearchParams): ImageParams {
  const palette = query.get("palette") === "page" ? "page" : "file";
  const theme = query.get("theme");
  return {
    width: size(query.get("w"), IMAGE_WIDTH),
    height: size(query.get("h"), IMAGE_HEIGHT),
    palette,
    theme: theme === "light" || theme === "dark" ? theme : undefined,
  };
}
