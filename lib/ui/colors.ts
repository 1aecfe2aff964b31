/**
 * Every colour of the product, for both themes, written once. The page's CSS variables are generated
 * from this table (app/theme-colors.css, by lib/ui/colors-css.ts), and renderers that cannot read CSS
 * variables (link-preview images, downloaded SVG files) take the light values from it directly.
 */
export const THEME_COLORS = {
  background: { light: "#f8fafc", dark: "#0b1120" },
  foreground: { light: "#0f172a", dark: "#f1f5f9" },
  muted: { light: "#475569", dark: "#a3b1c6" },
  border: { light: "#dbe2ea", dark: "#263246" },
  card: { light: "#ffffff", dark: "#111a2e" },
  accent: { light: "#005a8c", dark: "#7cc4f0" },
  // Okabe–Ito hues, darkened (light) or lightened (dark) to keep 3:1 against the card.
  "chart-1": { light: "#0072b2", dark: "#56b4e9" },
  "chart-2": { light: "#c44e00", dark: "#f08a4b" },
  "chart-3": { light: "#946300", dark: "#e6b84d" },
  "chart-4": { light: "#007a5a", dark: "#3fc79a" },
  "chart-5": { light: "#a0467c", dark: "#e08fc0" },
  "chart-muted": { light: "#b6c0cc", dark: "#3b4a61" },
  // A lit bar or line (a view's "highlight", the line under the pointer): the page's ink, a touch
  // apart from the text's, so it is no series' colour and stands out from every hue and the grey.
  highlight: { light: "#1e293b", dark: "#f8fafc" },
  // A sequential scale for the turnout map: five viridis steps (matplotlib's colour map, which is
  // ordered in lightness and readable with every common colour-vision deficiency and in greyscale).
  // Tiles carry their own fill, so both themes use the same steps and the same label inks.
  "scale-1": { light: "#440154", dark: "#440154" },
  "scale-2": { light: "#3b528b", dark: "#3b528b" },
  "scale-3": { light: "#21918c", dark: "#21918c" },
  "scale-4": { light: "#5ec962", dark: "#5ec962" },
  "scale-5": { light: "#fde725", dark: "#fde725" },
  // A diverging scale for the change map (ColorBrewer's PuOr, safe for colour-vision deficiencies):
  // orange for falls, purple for rises, near-white for little change.
  "div-1": { light: "#b35806", dark: "#b35806" },
  "div-2": { light: "#f1a340", dark: "#f1a340" },
  "div-3": { light: "#f7f7f7", dark: "#f7f7f7" },
  "div-4": { light: "#998ec3", dark: "#998ec3" },
  "div-5": { light: "#542788", dark: "#542788" },
  "on-scale-dark": { light: "#ffffff", dark: "#ffffff" },
  "on-scale-light": { light: "#0b0f19", dark: "#0b0f19" },
} as const;

export type ColorToken = keyof typeof THEME_COLORS;

/** The map's colour steps, lowest values first. */
export const SCALE_COLORS = ["scale-1", "scale-2", "scale-3", "scale-4", "scale-5"] as const;
export type ScaleColor = (typeof SCALE_COLORS)[number];

/** The label ink on each step: white on the two dark steps, near-black on the three light ones. */
export const SCALE_INK: Record<ScaleColor, ColorToken> = {
  "scale-1": "on-scale-dark",
  "scale-2": "on-scale-dark",
  "scale-3": "on-scale-light",
  "scale-4": "on-scale-light",
  "scale-5": "on-scale-light",
};

/** The change map's steps, biggest falls first. */
export const DIVERGING_COLORS = ["div-1", "div-2", "div-3", "div-4", "div-5"] as const;
export type DivergingColor = (typeof DIVERGING_COLORS)[number];

export const DIVERGING_INK: Record<DivergingColor, ColorToken> = {
  "div-1": "on-scale-dark",
  "div-2": "on-scale-light",
  "div-3": "on-scale-light",
  "div-4": "on-scale-light",
  "div-5": "on-scale-dark",
};

/** The light theme's value of a token, for outputs drawn on white. */
export function lightHex(token: ColorToken): string {
  return THEME_COLORS[token].light;
}
