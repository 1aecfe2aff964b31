/**
 * Text for the SVG renderer: escaping, an estimate of how wide Noto Sans sets a string, and wrapping
 * by that estimate. The SVG is laid out before any browser or rasteriser sees it, so widths are
 * estimated from character classes; the estimates run a little wide (checked against resvg's
 * measured boxes in the tests), so text that fits here fits when drawn.
 */

/** The typeface of the pages and of every image, then fallbacks for an SVG opened without it. */
export const FONT_FAMILY = "'Noto Sans', 'Segoe UI', Roboto, Arial, sans-serif";

/** No text is drawn smaller than this, in pixels at the size the SVG is laid out for. */
export const MIN_TEXT_PX = 12;

export function esc(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Text as XML gave it back: the inverse of esc. */
export function unesc(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

// Advance widths in em, rounded up from Noto Sans's metrics for each class of character.
const NARROW = /[il.,:;'|!ıіІї()[\]\s\u00a0\u202f]/;
const WIDE = /[mwMWЖжШшЩщМмЮюФфЫы%@—]/;
const UPPER = /[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]/;
const DIGIT = /[0-9]/;

function charEm(c: string): number {
  if (NARROW.test(c)) return 0.3;
  if (WIDE.test(c)) return 0.86;
  if (DIGIT.test(c)) return 0.58;
  if (UPPER.test(c)) return 0.68;
  return 0.58;
}

/** The estimated width of `s` set at `size` px (bold runs about 6% wider). */
export function textWidth(s: string, size: number, bold = false): number {
  let em = 0;
  for (const c of s) em += charEm(c);
  return em * size * (bold ? 1.06 : 1);
}

/** Cuts `s` to fit `width`, ending with "…". */
export function clipToWidth(s: string, width: number, size: number, bold = false): string {
  if (textWidth(s, size, bold) <= width) return s;
  let out = s;
  while (out.length > 1 && textWidth(`${out}…`, size, bold) > width) out = out.slice(0, -1);
  return `${out.trimEnd()}…`;
}

/**
 * `s` in lines no wider than `width`, broken at spaces (a word longer than a line is broken inside),
 * at most `most` lines; only text that would need more is cut, with "…", on the last line.
 */
export function wrapToWidth(
  s: string,
  width: number,
  size: number,
  most: number,
  bold = false,
): string[] {
  const lines: string[] = [];
  let rest = s.trim();
  while (rest && lines.length < most) {
    if (textWidth(rest, size, bold) <= width) {
      lines.push(rest);
      rest = "";
      break;
    }
    const words = rest.split(" ");
    let line = "";
    while (words.length && textWidth(`${line} ${words[0]}`.trim(), size, bold) <= width)
      line = `${line} ${words.shift()}`.trim();
    if (!line) {
      // One word wider than the line: break it after a hyphen ("Восточно-" / "Казахстанская")
      // where one fits, else where it stops fitting.
      const word = words.shift()!;
      const hyphen = word.lastIndexOf("-", word.length - 2);
      let n = word.length - 1;
      if (hyphen > 0 && textWidth(word.slice(0, hyphen + 1), size, bold) <= width) n = hyphen + 1;
      else while (n > 1 && textWidth(word.slice(0, n), size, bold) > width) n--;
      line = word.slice(0, n);
      words.unshift(word.slice(n));
    }
    lines.push(line);
    rest = words.join(" ");
  }
  if (rest) lines[lines.length - 1] = clipToWidth(`${lines.at(-1)} ${rest}`, width, size, bold);
  return lines;
}

export interface TextStyle {
  size: number;
  weight?: 400 | 700;
  anchor?: "start" | "middle" | "end";
  /** The paint attribute(s) from the palette. */
  paint: string;
}

/** One `<text>` element; `y` is the baseline. */
export function textEl(x: number, y: number, s: string, style: TextStyle): string {
  const anchor = style.anchor && style.anchor !== "start" ? ` text-anchor="${style.anchor}"` : "";
  const weight = style.weight === 700 ? ` font-weight="700"` : "";
  return `<text x="${r1(x)}" y="${r1(y)}" font-size="${style.size}"${weight}${anchor} ${style.paint}>${esc(s)}</text>`;
}

/**
 * Characters Noto Sans lacks (≈ in "≈ $17 billion"). resvg sets a whole <text> in the fallback
 * font's weight when one character needs another font, even inside a <tspan>; for rasterising, such
 * a character gets a <text> of its own, placed by the estimated widths. (A browser needs none of
 * this, so files keep the text whole.)
 */
const NOT_IN_NOTO = /([≈≥≤→])/;

/** Every `<text>` element textEl writes: its attributes and its escaped text. */
export const TEXT_ELEMENT = /<text ([^>]*)>([^<]*)<\/text>/g;

export const isBold = (attrs: string) => attrs.includes('font-weight="700"');

export function splitFallbackRuns(svg: string): string {
  return svg.replace(TEXT_ELEMENT, (whole, attrs: string, body: string) => {
    if (!NOT_IN_NOTO.test(body)) return whole;
    const num = (name: string) =>
      Number(new RegExp(`\\b${name}="([\\d.-]+)"`).exec(attrs)?.[1] ?? 0);
    const size = num("font-size");
    const bold = isBold(attrs);
    const anchor = /text-anchor="(\w+)"/.exec(attrs)?.[1];
    const plain = unesc(body);
    const total = textWidth(plain, size, bold);
    const x = num("x");
    let at = anchor === "end" ? x - total : anchor === "middle" ? x - total / 2 : x;
    const rest = attrs.replace(/\s*\bx="[^"]*"/, "").replace(/\s*text-anchor="\w+"/, "");
    return plain
      .split(NOT_IN_NOTO)
      .filter(Boolean)
      .map((part) => {
        // A space at either end of a part would be collapsed away: a no-break space keeps it.
        const el = `<text x="${r1(at)}" ${rest}>${esc(part.replace(/^ | $/g, "\u00a0"))}</text>`;
        at += textWidth(part, size, bold);
        return el;
      })
      .join("");
  });
}

/** Lines of text, `lineH` apart, the first baseline at `y`. */
export function linesEl(x: number, y: number, lines: string[], lineH: number, style: TextStyle) {
  return lines.map((l, i) => textEl(x, y + i * lineH, l, style)).join("");
}

/** A tenth of a pixel is finer than any screen shows; printing 17 digits only adds bytes. */
export function r1(v: number): number {
  return Math.round(v * 10) / 10;
}
