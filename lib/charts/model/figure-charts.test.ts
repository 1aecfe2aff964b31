import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../../test/data-dir";
import type { DashboardData } from "../../data/loader";
import { toDashboardData } from "../../data/dashboard-data";
import { readDataDir } from "../../data/store";
import { figureChart } from "./figure-charts";
import { toHeadline } from "./headline";
import { findChartSpec, toViewOptions } from "./registry";

let data: DashboardData;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  data = toDashboardData(result.data, "en");
});

describe(figureChart, () => {
  it("shows figures of different quantities as cards, each with its own unit, period and source", () => {
    const money = figureChart("economy-money", data)!;
    expect(money.kind).toBe("cards");
    expect(money.rows.map((r) => [r.figureId, r.stated, r.said, r.unit, r.period])).toEqual([
      ["brics-trade-2021", "> $45 billion", "more than $45 billion", "usd", "2021"],
      ["russian-investment-total", "≈ $17 billion", "almost $17 billion", "usd", "2022-11-28"],
    ]);
    expect(money.rows[0]!.source).toContain("High tribunes of Kazakhstan ¶6");
    expect(money.table.map((c) => c.label)).toEqual([
      "Figure",
      "As stated",
      "Value",
      "Unit",
      "Period",
      "Source",
    ]);
    const partners = figureChart("economy-partners", data)!;
    expect(partners.kind).toBe("cards");
    // The twin-city count is derived from the list of pairs, so it cites that list's source.
    expect(partners.rows.find((r) => r.figureId === "twin-city-pairs")?.source).toMatch(
      /Sailau News/,
    );
  });

  it("labels the value column with a unit only because every card shares it", () => {
    for (const id of ["economy-money", "economy-partners"]) {
      const m = figureChart(id, data)!;
      const value = m.table.find((c) => c.key === "value")!;
      expect(
        m.rows.every((r) => r.unit === value.unit),
        id,
      ).toBe(true);
    }
  });

  it("describes cards without ranking them, and gives them no headline", () => {
    const m = figureChart("economy-partners", data)!;
    expect(m.summary).toBe(
      "Russian regions with direct ties to Kazakh partners: 76 (28 Nov 2022); Major joint Russian–Kazakh investment projects: more than 30 (28 Nov 2022); Russian–Kazakh twin-city pairs named: 5 (28 Nov 2022). Each measures something different, so they are shown apart rather than compared.",
    );
    expect(toHeadline(m)).toBeUndefined();
  });

  it("keeps the campaign's headquarters members as bars: people, counted on the same day", () => {
    const m = figureChart("campaign-members", data)!;
    expect(m.kind).toBe("bar");
    expect(m.rows.map((r) => r.stated)).toEqual(["474", "> 6,000"]);
    expect(toHeadline(m)).toEqual({ label: "Members of the local headquarters", value: "> 6,000" });
  });

  it("offers cards and the table, in the data's order only", () => {
    const spec = findChartSpec("economy-money")!;
    const options = toViewOptions(spec, spec.build(data)!);
    expect(options.types).toEqual(["cards", "table"]);
    expect(options.sorts).toEqual(["data"]);
    expect(options.highlightIds).toEqual([]);
  });
});
