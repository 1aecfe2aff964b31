import { describe, expect, it } from "vitest";

import type { ChartModel } from "../model/model";
import { cardFacts, cardWhen } from "./cards";

describe(cardWhen, () => {
  it("puts a year or month as the period covered, a day as the date the figure stood", () => {
    expect(cardWhen("2021", "en")).toBe("in 2021");
    expect(cardWhen("2022-06", "en")).toBe("in Jun 2022");
    expect(cardWhen("2022-11-28", "en")).toBe("as of 28 Nov 2022");
    expect(cardWhen("", "en")).toBe("");
  });
});

const model = (over: Partial<ChartModel> = {}): ChartModel => ({
  id: "c",
  locale: "en",
  section: "economy",
  title: "T",
  subtitle: "S",
  kind: "cards",
  layout: "vertical",
  indexKey: "figure",
  series: [{ key: "value", label: "Value", color: "chart-1" }],
  rows: [],
  unit: "usd",
  decimals: 0,
  table: [{ key: "figure", label: "Figure" }],
  summary: "",
  sourceIds: [],
  height: 100,
  valueLabelKey: "stated",
  ...over,
});

describe(cardFacts, () => {
  it("says the value as stated, its own unit and when, and where to check it", () => {
    const row = {
      figure: "Regions",
      value: 76,
      stated: "76",
      said: "76",
      unit: "count",
      period: "2022-11-28",
      source: "Article ¶8",
    };
    expect(cardFacts(model(), row)).toEqual({
      label: "Regions",
      stated: "76",
      said: "76",
      detail: "Count · as of 28 Nov 2022",
      source: "Article ¶8",
    });
  });

  it("falls back to the chart's unit and the formatted value when a row lacks them", () => {
    const facts = cardFacts(model({ valueLabelKey: undefined }), { figure: "X", value: 2e9 });
    expect(facts.stated).toBe("$2 billion");
    expect(facts.said).toBe("$2 billion");
    expect(facts.detail).toBe("US dollars");
  });
});
