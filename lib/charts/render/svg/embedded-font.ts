import "server-only";

import { readFile } from "node:fs/promises";

import subsetFont from "subset-font";

import { noto } from "./noto-files";
import { isBold, TEXT_ELEMENT, unesc } from "./text";

/** The regular and bold text an SVG of the renderer draws, as XML gives it back. */
export function drawnText(svg: string): { regular: string; bold: string } {
  const out = { regular: "", bold: "" };
  for (const [, attrs, body] of svg.matchAll(TEXT_ELEMENT)) {
    const text = unesc(body!);
    if (isBold(attrs!)) out.bold += text;
    else out.regular += text;
  }
  return out;
}

const WEIGHTS = { regular: { index: 0, css: 400 }, bold: { index: 1, css: 700 } } as const;

const ttf = new Map<number, Promise<Buffer>>();

function notoFile(index: number): Promise<Buffer> {
  let file = ttf.get(index);
  if (!file) {
    file = readFile(noto()[index]!);
    ttf.set(index, file);
    file.catch(() => ttf.delete(index));
  }
  return file;
}

const faces = new Map<string, Promise<string>>();
/** Pictures of one chart share their letters; a few hundred faces cover every chart and language. */
const MAX_FACES = 300;

/**
 * An @font-face of Noto Sans holding only `chars`. Hinting is left out (the picture is never tiny),
 * and so are the substitutions (GSUB: ligatures and alternate forms, about 2 kB of a 5.7 kB face);
 * kerning (GPOS) stays, as resvg, whose measured boxes the layout is checked against, applies it.
 */
function face(weight: keyof typeof WEIGHTS, chars: string): Promise<string> {
  const key = `${weight}:${chars}`;
  let css = faces.get(key);
  if (!css) {
    const { index, css: cssWeight } = WEIGHTS[weight];
    css = notoFile(index)
      .then((font) =>
        subsetFont(font, chars, { targetFormat: "woff2", noHinting: true, dropTables: ["GSUB"] }),
      )
      .then(
        (woff2) =>
          `@font-face{font-family:"Noto Sans";font-weight:${cssWeight};src:url(data:font/woff2;base64,${woff2.toString("base64")}) format("woff2")}`,
      );
    if (faces.size >= MAX_FACES) faces.delete(faces.keys().next().value!);
    faces.set(key, css);
    // A failure is not kept: the next request tries again.
    css.catch(() => faces.delete(key));
  }
  return css;
}

/**
 * The page's picture of a chart with the letters it draws in Noto Sans embedded. An SVG shown by an
 * <img> may load no font of the page, so without this it was set in the device's font, unlike the
 * page around it and unlike the widths the renderer laid it out by.
 */
export async function withEmbeddedFont(svg: string, faceOf = face): Promise<string> {
  const text = drawnText(svg);
  let css: string[];
  try {
    css = await Promise.all(
      (Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[])
        .map((w) => [w, [...new Set(text[w])].sort().join("")] as const)
        .filter(([, chars]) => chars.length > 0)
        .map(([w, chars]) => faceOf(w, chars)),
    );
  } catch (error) {
    // The picture is still right in the reader's own font; the page must not lose it for this.
    console.error("picture drawn without its embedded font:", error);
    return svg;
  }
  if (!css.length) return svg;
  return svg.replace(/^(<svg[^>]*>)/, `$1<style>${css.join("")}</style>`);
}
