import fontverter from "fontverter";
import { Blob, Face } from "harfbuzzjs";
import { beforeAll, describe, expect, it, vi } from "vitest";

import { realDataInEveryLanguage } from "../../../../test/localized-data";
import type { DashboardData } from "../../../data/loader";
import { findChartSpec } from "../../model/registry";
import { renderChartSvg } from "./chart";
import { drawnText, withEmbeddedFont } from "./embedded-font";

let data: Record<"en" | "ru" | "kk", DashboardData>;
beforeAll(async () => {
  data = await realDataInEveryLanguage();
});

/** The characters each embedded face maps, read from the font itself by harfbuzz. */
async function embeddedChars(svg: string): Promise<Record<string, Set<string>>> {
  const out: Record<string, Set<string>> = {};
  const faces = svg.matchAll(
    /font-weight:(\d+);src:url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\) format\("woff2"\)/g,
  );
  for (const [, weight, base64] of faces) {
    const sfnt = await fontverter.convert(Buffer.from(base64!, "base64"), "sfnt");
    const face = new Face(new Blob(sfnt), 0);
    out[weight!] = new Set([...face.collectUnicodes()].map((c) => String.fromCodePoint(c)));
  }
  return out;
}

// Noto Sans has no glyph for these; the reader's fonts draw them.
const NOT_IN_NOTO = /[≈≥≤→]/u;

describe("the page's picture carries the letters it draws in Noto Sans", () => {
  it("reads each weight's text back from the drawing, entities decoded", () => {
    const svg =
      '<svg><text x="1" y="2" font-size="12">A &amp; Б &lt;ә&gt;</text>' +
      '<text x="1" y="2" font-size="12" font-weight="700" class="f">81,31 %</text></svg>';
    expect(drawnText(svg)).toEqual({ regular: "A & Б <ә>", bold: "81,31 %" });
  });

  it.each(["kk", "ru", "en"] as const)(
    "%s: every character of every chart's picture is in the embedded face of its weight",
    async (locale) => {
      for (const id of ["kz-2022-results", "kz-2022-turnout-intraday", "kz-2023-mazhilis-votes"]) {
        const model = findChartSpec(id)!.build(data[locale])!;
        for (const width of [330, 640]) {
          const svg = await withEmbeddedFont(
            renderChartSvg(model, { width, height: 300, palette: "page" }),
          );
          const faces = await embeddedChars(svg);
          const text = drawnText(svg);
          expect(Object.keys(faces).sort(), `${id} ${width}`).toEqual(
            [...(text.regular ? ["400"] : []), ...(text.bold ? ["700"] : [])].sort(),
          );
          for (const [weight, chars] of [
            ["400", text.regular],
            ["700", text.bold],
          ] as const) {
            const missing = [...new Set(chars)].filter(
              (c) => !NOT_IN_NOTO.test(c) && !faces[weight]!.has(c),
            );
            expect(missing, `${id} ${width} ${weight}`).toEqual([]);
          }
        }
      }
    },
  );

  it("puts the faces first in the drawing, and leaves a drawing without text as it was", async () => {
    const model = findChartSpec("kz-2022-results")!.build(data.kk)!;
    const svg = renderChartSvg(model, { width: 330, height: 292, palette: "page" });
    const embedded = await withEmbeddedFont(svg);
    expect(embedded).toMatch(
      /^<svg[^>]*><style>@font-face\{font-family:"Noto Sans";font-weight:400;/,
    );
    expect(embedded.replace(/<style>@font-face[^<]*<\/style>/, "")).toBe(svg);
    const empty = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>';
    expect(await withEmbeddedFont(empty)).toBe(empty);
  });

  it("serves a picture whose font cannot be cut as drawn, in the reader's font, and logs why", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const svg = '<svg><text x="1" y="2" font-size="12">Қазақстан</text></svg>';
    const failing = () => Promise.reject(new Error("no WebAssembly"));
    expect(await withEmbeddedFont(svg, failing)).toBe(svg);
    expect(String(error.mock.calls[0]?.[1])).toContain("no WebAssembly");
    error.mockRestore();
  });
});
