import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../../../test/data-dir";
import type { DashboardData } from "../../../data/loader";
import { toDashboardData } from "../../../data/dashboard-data";
import { readDataDir } from "../../../data/store";
import { findChartSpec } from "../../model/registry";
import { FILE_WIDTH, toChartSvg } from "./file";
import { resvgOf, textsOf } from "./test-svg";

let data: DashboardData;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  data = toDashboardData(result.data, "en");
});

describe(toChartSvg, () => {
  it("is a standalone SVG with title, status, every value and the sources, escaped", () => {
    const model = findChartSpec("kz-2022-results")!.build(data)!;
    const svg = toChartSvg(model, "Kazinform & <others>");
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    expect(svg).toContain("<title>Result of every option on the 2022 ballot</title>");
    expect(svg).toContain("Final result · CEC · 22 Nov 2022");
    expect(svg).toContain(">81.31%<");
    expect(svg).toContain("Source: Kazinform &amp; &lt;others&gt;");
    expect(svg).not.toContain("<others>");
  });

  it("labels a figure's bar as the source stated it", () => {
    const model = findChartSpec("campaign-members")!.build(data)!;
    const svg = toChartSvg(model, "Sailau News");
    expect(svg).toContain(">&gt; 6,000<");
    expect(svg).not.toMatch(/>6,000</);
  });

  it("draws figures of different quantities as cards of one size, each with its value, unit and date", () => {
    const model = findChartSpec("economy-money")!.build(data)!;
    const svg = toChartSvg(model, "Sailau News");
    expect(svg).toContain(">&gt; $45 billion<");
    expect(svg).toContain(">≈ $17 billion<");
    expect(svg).toContain(">US dollars · in 2021<");
    expect(svg).toContain(">US dollars · as of 28 Nov 2022<");
    // The source wraps onto a second line within its card.
    expect(textsOf(svg).join(" ")).toContain("High tribunes of Kazakhstan ¶6");
    // Besides the background (width="100%"), one box per figure, all of one width: no length
    // stands for a value.
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => m[1]);
    expect(widths).toHaveLength(2);
    expect(widths[0]).toBe(widths[1]);
  });
});

describe("the SVG download's width", () => {
  it("is 960 px by default and lays out for a narrower one, nothing past its edge", () => {
    const model = findChartSpec("kz-2022-turnout-regions")!.build(data)!;
    expect(toChartSvg(model, "CEC")).toContain(`width="${FILE_WIDTH}"`);
    const narrow = toChartSvg(model, "CEC", { width: 320 });
    expect(narrow).toContain('width="320"');
    const box = resvgOf(narrow).getBBox()!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  });
});
