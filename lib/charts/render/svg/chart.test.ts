import { beforeAll, describe, expect, it } from "vitest";

import { realDataInEveryLanguage } from "../../../../test/localized-data";
import type { DashboardData } from "../../../data/loader";
import { findChartSpec } from "../../model/registry";
import type { ChartModel } from "../../model/model";
import { applyView } from "../../view/apply-view";
import { DEFAULT_CHART_PARAMS } from "../../view/url-codec";
import { valueLabel } from "../value-label";
import { toMapTiles } from "../tile-map";
import { renderChartSvg } from "./chart";
import { MIN_TEXT_PX } from "./text";
import { fontSizesOf, resvgOf, textsOf } from "./test-svg";

let data: Record<"en" | "ru" | "kk", DashboardData>;
beforeAll(async () => {
  data = await realDataInEveryLanguage();
});

const build = (id: string, locale: "en" | "ru" | "kk" = "ru") =>
  findChartSpec(id)!.build(data[locale])!;

/** What a reader must find in each kind's drawing: every row's name and value. */
function expectedLabels(m: ChartModel): string[] {
  if (m.kind === "map") return toMapTiles(m, m.locale).flatMap((t) => [t.narrow.lines[1]]);
  if (m.kind === "line") return m.series.filter((s) => !s.muted).map((s) => s.label);
  return m.rows.flatMap((r) => [
    String(r[m.indexKey]),
    ...m.series.map((s) => valueLabel(m, r, s.key)),
  ]);
}

const KINDS: [string, (l: "en" | "ru" | "kk") => ChartModel][] = [
  ["bars", (l) => build("kz-2022-results", l)],
  ["bars of 20 regions", (l) => build("kz-2022-turnout-regions", l)],
  // The longest names in data/ (27, defect 6): «ОСДП (Общенациональная социал-демократическая
  // партия)» and "Members of the national campaign headquarters".
  ["bars of parties", (l) => build("kz-2023-mazhilis-votes", l)],
  ["bars of figures", (l) => build("campaign-members", l)],
  ["columns", (l) => build("kz-2019-vs-2022", l)],
  ["lines", (l) => build("kz-2022-turnout-intraday", l)],
  ["cards", (l) => build("economy-money", l)],
  ["map", (l) => build("kz-2022-turnout-map", l)],
];

describe(renderChartSvg, () => {
  for (const [kind, make] of KINDS)
    for (const width of [320, 960])
      it(`draws ${kind} at ${width} px with every label, nothing past an edge, no text under 12 px`, () => {
        for (const locale of ["kk", "ru", "en"] as const) {
          const m = make(locale);
          // Cards are drawn on the page as HTML; their SVG (a file) takes the height it needs.
          const height = m.kind === "cards" ? undefined : m.height;
          const svg = renderChartSvg(m, { width, height, palette: "file" });
          // Lines of a wrapped name join with a space, or with nothing after a hyphen.
          const text = textsOf(svg).join(" ").replace(/- /g, "-");
          for (const label of expectedLabels(m)) {
            // A map tile's value may be shown without its % sign; a wrapped name is split at spaces.
            for (const word of label.replace(/\s?%$/, "").split(/\s+/))
              expect(text, `${kind} ${locale}`).toContain(word);
          }
          expect(text).not.toContain("…");
          expect(Math.min(...fontSizesOf(svg))).toBeGreaterThanOrEqual(MIN_TEXT_PX);
          // Not shrunk to fit: the sizes above are the sizes drawn.
          expect(svg).not.toContain("scale(");
          // resvg measures what Noto Sans actually draws: all of it inside the image.
          const box = resvgOf(svg).getBBox()!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(width);
          expect(box.y).toBeGreaterThanOrEqual(0);
          if (height) expect(box.y + box.height).toBeLessThanOrEqual(height);
        }
      });

  it("fills the box: no band of empty space above or below the bars (27, defect 5)", () => {
    const m = build("kz-2022-results");
    const svg = renderChartSvg(m, { width: 560, height: m.height, palette: "file" });
    const box = resvgOf(svg).getBBox()!;
    // Hand-set: a band under 16 px at either end (the page used to leave 60–80 px).
    expect(box.y).toBeLessThan(16);
    expect(m.height - (box.y + box.height)).toBeLessThan(16);
  });

  it("names the series of a two-series chart in a key (27, defect 3)", () => {
    const m = build("kz-2019-vs-2022", "kk");
    const texts = textsOf(renderChartSvg(m, { width: 320, height: m.height, palette: "file" }));
    for (const s of m.series) expect(texts).toContain(s.label);
  });

  it("draws a highlighted line's name and newest value (the region page's chart)", () => {
    const model = build("kz-2022-turnout-intraday");
    const unit = "north-kazakhstan";
    const view = applyView(model, { ...DEFAULT_CHART_PARAMS, show: [unit], highlight: unit });
    const label = model.series.find((s) => s.key === unit)!.label;
    const texts = textsOf(renderChartSvg(view, { width: 320, height: 300, palette: "file" }));
    expect(texts.some((t) => t.startsWith(label))).toBe(true);
  });
});

describe("palettes", () => {
  it("the page's palette carries its colours as classes, with a dark block; a chosen theme only its own", () => {
    const m = build("kz-2022-results");
    const auto = renderChartSvg(m, { width: 320, height: m.height, palette: "page" });
    expect(auto).toMatch(/<style>[^<]*@media \(prefers-color-scheme:dark\)\{[^<]*\}<\/style>/);
    expect(auto).not.toMatch(/ fill="#/);
    const dark = renderChartSvg(m, {
      width: 320,
      height: m.height,
      palette: "page",
      theme: "dark",
    });
    expect(dark).not.toContain("@media");
    // The chart's first colour in the dark theme (lib/ui/colors.ts: chart-1 dark is #56b4e9).
    expect(dark).toContain(".f-chart-1{fill:#56b4e9}");
    const file = renderChartSvg(m, { width: 320, height: m.height, palette: "file" });
    expect(file).not.toContain("<style>");
    expect(file).toContain('fill="#0072b2"');
  });
});
