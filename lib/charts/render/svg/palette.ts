import { THEME_COLORS, type ColorToken } from "../../../ui/colors";

/**
 * How an SVG writes its colours. A file (download, PNG, preview) has the light theme's values in
 * its attributes. An SVG shown on the page sits in an <img>, where the page's CSS variables do not
 * reach: it carries its own <style>, with the dark values under prefers-color-scheme, or only the
 * theme a reader chose on the site (`theme`), which the page passes in the image's URL.
 */
export type PaletteName = "file" | "page";
export type ThemeName = "light" | "dark";

export interface Palette {
  /** Attributes that paint a shape or text: fill, stroke, or both. */
  paint(fill?: ColorToken, stroke?: ColorToken): string;
  /** The <style> element to put first in the SVG (empty for a file). */
  style(): string;
}

export function filePalette(): Palette {
  return {
    paint: (fill, stroke) =>
      [
        fill ? `fill="${THEME_COLORS[fill].light}"` : `fill="none"`,
        stroke ? `stroke="${THEME_COLORS[stroke].light}"` : "",
      ]
        .filter(Boolean)
        .join(" "),
    style: () => "",
  };
}

function rules(used: Set<string>, theme: ThemeName): string {
  return [...used]
    .sort()
    .map((c) => {
      const [kind, ...rest] = c.split("-");
      const token = rest.join("-") as ColorToken;
      return `.${c}{${kind === "f" ? "fill" : "stroke"}:${THEME_COLORS[token][theme]}}`;
    })
    .join("");
}

/** Classes for the page; only the colours a chart uses get rules. */
export function pagePalette(theme?: ThemeName): Palette {
  const used = new Set<string>();
  return {
    paint(fill, stroke) {
      const classes = [fill && `f-${fill}`, stroke && `s-${stroke}`].filter(Boolean) as string[];
      classes.forEach((c) => used.add(c));
      return `class="${classes.join(" ")}"${fill ? "" : ` fill="none"`}`;
    },
    style() {
      const css = theme
        ? rules(used, theme)
        : `${rules(used, "light")}@media (prefers-color-scheme:dark){${rules(used, "dark")}}`;
      return `<style>${css}</style>`;
    },
  };
}

export function paletteFor(name: PaletteName, theme?: ThemeName): Palette {
  return name === "page" ? pagePalette(theme) : filePalette();
}
