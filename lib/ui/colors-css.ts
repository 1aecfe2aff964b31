import { THEME_COLORS } from "./colors";

/** The stylesheet the colour variables are written to (scripts/write-colors-css.ts). */
export const COLORS_CSS_FILE = "app/theme-colors.css";

/**
 * That file's whole text, formatted as prettier would: `--token: light-dark(light, dark)` for every
 * colour, so each variable holds both themes and color-scheme (set by the theme switch) picks one.
 */
export function colorsCssFile(): string {
  const lines = Object.entries(THEME_COLORS).map(
    ([token, { light, dark }]) => `  --${token}: light-dark(${light}, ${dark});`,
  );
  return [
    "/* Generated from lib/ui/colors.ts by `npm run colors:css`: edit the table there, not this file. */",
    ":root {",
    ...lines,
    "}",
    "",
  ].join("\n");
}
