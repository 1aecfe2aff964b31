/**
 * Every colour of the product, for both themes, written once. The page's CSS variables are generated
 * from this table (COLOR_VARIABLES_CSS, set in the root layout), and renderers that cannot read CSS
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
} as const;

export type ColorToken = keyof typeof THEME_COLORS;

/** The light theme's value of a token, for outputs drawn on white. */
export function lightHex(token: ColorToken): string {
  return THEME_COLORS[token].light;
}

/**
 * `:root { --background: light-dark(…, …); … }`: light-dark() picks by color-scheme, which the theme
 * switch sets, so each variable holds both themes.
 */
export const COLOR_VARIABLES_CSS = `:root{${Object.entries(THEME_COLORS)
  .map(([token, { light, dark }]) => `--${token}:light-dark(${light},${dark})`)
  .join(";")}}`;
