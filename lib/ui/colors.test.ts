import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { CHART_COLORS } from "../charts/model/model";
import { COLOR_VARIABLES_CSS, THEME_COLORS } from "./colors";

describe("COLOR_VARIABLES_CSS", () => {
  it("declares every token once with its light and dark value", () => {
    const declared = [...COLOR_VARIABLES_CSS.matchAll(/--([\w-]+):light-dark\((#\w+),(#\w+)\)/g)];
    expect(declared.map((m) => m[1])).toEqual(Object.keys(THEME_COLORS));
    for (const [, token, light, dark] of declared) {
      const expected = THEME_COLORS[token as keyof typeof THEME_COLORS];
      expect([light, dark]).toEqual([expected.light, expected.dark]);
    }
  });

  it("covers every chart colour and every variable the stylesheet uses", () => {
    const css = readFileSync(path.resolve(import.meta.dirname, "../../app/globals.css"), "utf8");
    const used = new Set([...css.matchAll(/var\(--([\w-]+)\)/g)].map((m) => m[1]));
    const generated = new Set(Object.keys(THEME_COLORS));
    expect([...used].filter((v) => !generated.has(v!))).toEqual([]);
    expect(CHART_COLORS.filter((c) => !generated.has(c))).toEqual([]);
  });
});
