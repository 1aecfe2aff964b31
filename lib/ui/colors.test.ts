import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { CHART_COLORS } from "../charts/model/model";
import { DIVERGING_COLORS, DIVERGING_INK, SCALE_COLORS, SCALE_INK, THEME_COLORS } from "./colors";
import { COLORS_CSS_FILE, colorsCssFile } from "./colors-css";

const readApp = (file: string) =>
  readFileSync(path.resolve(import.meta.dirname, "../../app", file), "utf8");

describe(COLORS_CSS_FILE, () => {
  it("is up to date with the table (npm run colors:css writes it)", () => {
    expect(readApp("theme-colors.css")).toBe(colorsCssFile());
  });

  it("declares every token once with its light and dark value, and the stylesheet imports it", () => {
    expect(readApp("globals.css")).toContain('@import "./theme-colors.css";');
    const declared = [...colorsCssFile().matchAll(/--([\w-]+): light-dark\((#\w+), (#\w+)\)/g)];
    expect(declared.map((m) => m[1])).toEqual(Object.keys(THEME_COLORS));
    for (const [, token, light, dark] of declared) {
      const expected = THEME_COLORS[token as keyof typeof THEME_COLORS];
      expect([light, dark]).toEqual([expected.light, expected.dark]);
    }
  });

  it("covers every chart colour and every variable the stylesheet uses", () => {
    const css = readApp("globals.css");
    const used = new Set([...css.matchAll(/var\(--([\w-]+)\)/g)].map((m) => m[1]));
    const generated = new Set(Object.keys(THEME_COLORS));
    expect([...used].filter((v) => !generated.has(v!))).toEqual([]);
    expect(CHART_COLORS.filter((c) => !generated.has(c))).toEqual([]);
  });
});

/** WCAG 2 relative luminance of "#rrggbb". */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe("SCALE_COLORS", () => {
  it("gets lighter at every step, so the order reads without hue", () => {
    const l = SCALE_COLORS.map((c) => luminance(THEME_COLORS[c].light));
    expect(l).toEqual([...l].sort((a, b) => a - b));
    expect(new Set(l).size).toBe(l.length);
  });

  it("gives every step a label ink of at least 4.5:1 in both themes", () => {
    for (const step of SCALE_COLORS)
      for (const theme of ["light", "dark"] as const) {
        const ratio = contrast(THEME_COLORS[step][theme], THEME_COLORS[SCALE_INK[step]][theme]);
        expect(ratio, `${step} ${theme}`).toBeGreaterThanOrEqual(4.5);
      }
  });
});

describe("DIVERGING_COLORS", () => {
  it("is lightest in the middle, so little change reads as little colour", () => {
    const l = DIVERGING_COLORS.map((c) => luminance(THEME_COLORS[c].light));
    expect(Math.max(...l)).toBe(l[2]);
    expect(l[0]).toBeLessThan(l[1]!);
    expect(l[4]).toBeLessThan(l[3]!);
  });

  it("gives every step a label ink of at least 4.5:1", () => {
    for (const step of DIVERGING_COLORS) {
      const ratio = contrast(THEME_COLORS[step].light, THEME_COLORS[DIVERGING_INK[step]].light);
      expect(ratio, step).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe("the highlight token", () => {
  it("is no series colour, in either theme, and keeps 3:1 against the card in both", () => {
    for (const theme of ["light", "dark"] as const) {
      const lit = THEME_COLORS.highlight[theme];
      for (const c of CHART_COLORS) expect(lit, `${c} ${theme}`).not.toBe(THEME_COLORS[c][theme]);
      expect(contrast(lit, THEME_COLORS.card[theme]), theme).toBeGreaterThanOrEqual(3);
    }
  });
});
