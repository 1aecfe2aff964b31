import "server-only";

import { Resvg } from "@resvg/resvg-js";

import { noto } from "./noto-files";
import { splitFallbackRuns } from "./text";

/**
 * An SVG of the renderer as a PNG. System fonts are not loaded: every machine draws the same
 * glyphs, and a Kazakh letter missing from the font would show as missing rather than in another face.
 */
export function toPng(svg: string): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(splitFallbackRuns(svg), {
    font: { fontFiles: noto(), loadSystemFonts: false, defaultFontFamily: "Noto Sans" },
  });
  return new Uint8Array(resvg.render().asPng());
}
