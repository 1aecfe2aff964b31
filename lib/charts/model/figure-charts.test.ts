import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../../test/data-dir";
import type { DashboardData } from "../../data/loader";
import { toDashboardData } from "../../data/dashboard-data";
import { readDataDir } from "../../data/store";
import { figureChart } from "./figure-charts";
import { toHeadline } from "./headline";
import { localizeChart } from "./localize-chart";
import { findChartSpec, toViewOptions } from "./registry";

let data: DashboardData;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  data = toDashboardData(result.data, "en");
});
/** The chart as an English page shows it: its draft, put into words. */
const built = (id: string) => localizeChart(figureChart(id, data)!, data);

describe(figureChart, () => {
  it("shows figures of different quantities as cards, each with its own unit, period and source", () => {
    const money = built("economy-money");
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
    const partners = built("economy-partners");
    expect(partners.kind).toBe("cards");
    // The twin-city count is derived from the list of pairs, so it cites that list's source.
    expect(partners.rows.find((r) => r.figureId === "twin-city-pairs")?.source).toMatch(
      /Sailau News/,
    );
  });

  it("labels the value column with a unit only because every card shares it", () => {
    for (const id of ["economy-money", "economy-partners"]) {
      const m = built(id);
      const value = m.table.find((c) => c.key === "value")!;
      expect(
        m.rows.every((r) => r.unit === value.unit),
        id,
      ).toBe(true);
    }
  });

  it("describes cards without ranking them, and gives them no headline", () => {
    const m = built("economy-partners");
    expect(m.summary).toBe(
      "Russian regions with direct ties to Kazakh partners: 76 (28 Nov 2022). Major joint Russian–Kazakh investment projects: more than 30 (28 Nov 2022). Russian–Kazakh twin-city pairs named: 5 (28 Nov 2022). Each measures something different, so they are shown apart rather than compared.",
    );
    expect(toHeadline(m)).toBeUndefined();
  });

  it("keeps the campaign's headquarters members as bars: people, counted on the same day", () => {
    const m = built("campaign-members");
    expect(m.kind).toBe("bar");
    expect(m.rows.map((r) => r.stated)).toEqual(["474", "> 6,000"]);
    expect(toHeadline(m)).toEqual({ label: "Members of the local headquarters", value: "> 6,000" });
  });

  // A Russian ordinal agrees with its noun's gender, which data/translations/ru.json holds and a
  // draft, the same in every language, cannot: the drafter writes no gender, so it must meet none.
  it("shows no ordinal figure", () => {
    for (const id of ["campaign-members", "economy-money", "economy-partners"]) {
      const ids = new Set(figureChart(id, data)!.rows.map((r) => r.figureId));
      const shown = [...data.figures, ...data.derived].filter((f) => ids.has(f.id));
      expect(shown.length, id).toBe(ids.size);
      expect(
        shown.filter((f) => f.unit === "ordinal").map((f) => f.id),
        id,
      ).toEqual([]);
    }
  });

  it("offers cards and the table, in the data's order only", () => {
    const spec = findChartSpec("economy-money")!;
    const options = toViewOptions(spec, spec.build(data)!);
    expect(options.types).toEqual(["cards", "table"]);
    expect(options.sorts).toEqual(["data"]);
    expect(options.highlightIds).toEqual([]);
  });
});
