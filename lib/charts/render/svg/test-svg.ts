import { Resvg } from "@resvg/resvg-js";

import { noto } from "./noto-files";

/** resvg with the images' fonts, as the PNG route draws. */
export function resvgOf(svg: string): Resvg {
  return new Resvg(svg, {
    font: { fontFiles: noto(), loadSystemFonts: false, defaultFontFamily: "Noto Sans" },
  });
}

/** The text of every <text> element, in order, unescaped. */
export function textsOf(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&"),
  );
}

/** Every font size the SVG sets. */
export function fontSizesOf(svg: string): number[] {
  return [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
}
