import type { ChartColor } from "../model/model";

/**
 * The light theme's chart colours as hex, for outputs that cannot read CSS variables: link-preview
 * images (Satori) and downloaded SVG files. Keep in step with --chart-N in app/globals.css.
 */
export const LIGHT_HEX: Record<ChartColor, string> = {
  "chart-1": "#0072b2",
  "chart-2": "#c44e00",
  "chart-3": "#946300",
  "chart-4": "#007a5a",
  "chart-5": "#a0467c",
  "chart-muted": "#b6c0cc",
};

/** The hex of the colour a highlighted bar or line takes against its series colour. */
export function litHex(color: ChartColor): string {
  return color === "chart-2" ? LIGHT_HEX["chart-1"] : LIGHT_HEX["chart-2"];
}
