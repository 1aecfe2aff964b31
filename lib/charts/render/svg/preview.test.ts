import { beforeAll, describe, expect, it } from "vitest";

import { realDataInEveryLanguage } from "../../../../test/localized-data";
import type { DashboardData } from "../../../data/loader";
import { THEME_COLORS } from "../../../ui/colors";
import { CHART_COLORS } from "../../model/model";
import { toHeadline } from "../../model/headline";
import { findChartSpec } from "../../model/registry";
import { applyView } from "../../view/apply-view";
import { DEFAULT_CHART_PARAMS } from "../../view/url-codec";
import { svgOpen } from "./chart";
import { PREVIEW, previewChart, statusMarkSvg, toPreviewSvg } from "./preview";
import { filePalette } from "./palette";
import { toPng } from "./raster";
import { resvgOf, textsOf } from "./test-svg";

let data: Record<"en" | "ru" | "kk", DashboardData>;
beforeAll(async () => {
  data = await realDataInEveryLanguage();
});

/** Width and height from a PNG's IHDR chunk: bytes 16–23, big-endian (PNG spec, 11.2.2). */
function pngSize(png: Uint8Array): [number, number] {
  const view = new DataView(png.buffer, png.byteOffset);
  return [view.getUint32(16), view.getUint32(20)];
}

describe(toPreviewSvg, () => {
  it("has the title, the headline and the sources, inside 1200×630, in every language", () => {
    for (const locale of ["kk", "ru", "en"] as const) {
      for (const id of ["kz-2022-results", "kz-2022-turnout-map", "economy-money"]) {
        const m = findChartSpec(id)!.build(data[locale])!;
        const svg = toPreviewSvg(m, ["CEC", "Kazinform"]);
        const text = textsOf(svg).join(" ");
        for (const word of m.title.split(" ")) expect(text).toContain(word);
        const headline = toHeadline(m);
        if (headline) expect(text).toContain(headline.value);
        expect(text).toContain("CEC, Kazinform");
        const box = resvgOf(svg).getBBox()!;
        expect(box.x + box.width).toBeLessThanOrEqual(PREVIEW.width);
        expect(box.y + box.height).toBeLessThanOrEqual(PREVIEW.height);
      }
    }
  });

  it("leads a region page's preview with the region's figure, not the country's (27, defect 2)", () => {
    const model = findChartSpec("kz-2022-turnout-intraday")!.build(data.kk)!;
    const unit = "north-kazakhstan";
    const view = applyView(model, { ...DEFAULT_CHART_PARAMS, show: [unit], highlight: unit });
    const text = textsOf(toPreviewSvg(view, ["CEC"])).join(" ");
    expect(text).toContain(toHeadline(view)!.value);
    expect(text).toContain(model.series.find((s) => s.key === unit)!.label);
  });

  it("draws a tall chart across the whole width of its room, inside its height", () => {
    // Room as under a two-line title: six cards in two rows used to shrink to two thirds of the width.
    const [width, height] = [1088, 260];
    for (const locale of ["kk", "ru", "en"] as const) {
      for (const id of ["kz-2022-polling", "economy-partners", "kz-2022-turnout-regions"]) {
        const m = findChartSpec(id)!.build(data[locale])!;
        const drawn = previewChart(m, 0, 0, width, height, filePalette());
        const box = resvgOf(`${svgOpen(width, height, "t")}${drawn.body}</svg>`).getBBox()!;
        expect(box.width, `${locale} ${id}`).toBeGreaterThan(width * 0.95);
        expect(box.x + box.width, `${locale} ${id}`).toBeLessThanOrEqual(width + 0.5);
        expect(box.y + box.height, `${locale} ${id}`).toBeLessThanOrEqual(height + 0.5);
      }
    }
  });

  it("names the sources once, under the chart, not again on each card", () => {
    const m = findChartSpec("kz-2022-polling")!.build(data.en)!;
    const texts = textsOf(toPreviewSvg(m, ["The Astana Times", "cmio.org"]));
    expect(texts.filter((t) => t.includes("The Astana Times"))).toHaveLength(1);
  });

  it("rasterises to a 1200×630 PNG", () => {
    const m = findChartSpec("kz-2022-results")!.build(data.kk)!;
    expect(pngSize(toPng(toPreviewSvg(m, ["CEC"])))).toEqual([1200, 630]);
  });
});

describe("Noto Sans in the images", () => {
  /** The pixels of one character drawn alone at 40 px. */
  const draw = (c: string) =>
    resvgOf(
      `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60"><text x="10" y="45" font-size="40" font-family="Noto Sans">${c}</text></svg>`,
    )
      .render()
      .pixels.toString("base64");

  it("draws every Kazakh letter with its own glyph, none missing", () => {
    // U+E000 is a private-use code point no font here has: what a missing glyph draws.
    const missing = draw("\ue000");
    const seen = new Set<string>();
    for (const c of "ӘҒҚҢӨҰҮҺІәғқңөұүһі") {
      const pixels = draw(c);
      expect(pixels, c).not.toBe(missing);
      seen.add(pixels);
    }
    // Eighteen letters, eighteen different drawings: none fell back to one shared box.
    expect(seen.size).toBe(18);
    // And Ә is not drawn as the plain letters it resembles.
    expect(draw("Ә")).not.toBe(draw("Э"));
    expect(draw("Ұ")).not.toBe(draw("У"));
  });
});

describe("the preview's status mark", () => {
  it("is the text's ink for final figures and grey dashes for preliminary ones, in no series' colour", () => {
    const fills = (svg: string) => [...svg.matchAll(/fill="([^"]+)"/g)].map((m) => m[1]);
    const final = statusMarkSvg(0, 40, 36, "final", filePalette());
    const preliminary = statusMarkSvg(0, 40, 36, "preliminary", filePalette());
    expect(fills(final)).toEqual([THEME_COLORS.foreground.light]);
    expect(fills(preliminary)).toEqual(Array(3).fill(THEME_COLORS.muted.light));
    for (const c of CHART_COLORS) expect(final + preliminary).not.toContain(THEME_COLORS[c].light);
  });
});
