import { describe, expect, it } from "vitest";

import { DEFAULT_CHART_PARAMS, type ChartParams } from "./url-codec";
import { applyView } from "./apply-view";
import type { ChartModel } from "../model/model";

function model(overrides: Partial<ChartModel> = {}): ChartModel {
  return {
    id: "m",
    locale: "en",
    section: "election",
    title: "T",
    subtitle: "Share of valid votes, % · 20 Nov 2022",
    kind: "bar",
    layout: "vertical",
    indexKey: "option",
    series: [{ key: "share", label: "Share", color: "chart-1" }],
    rows: [
      { id: "b", option: "Beta", share: 10, votes: 100 },
      { id: "a", option: "Alpha", share: 80, votes: 800 },
      { id: "c", option: "Gamma", share: 10.5, votes: 105 },
    ],
    unit: "percent",
    decimals: 2,
    table: [],
    summary: "",
    sourceIds: [],
    height: 100,
    ...overrides,
  };
}
const view = (p: Partial<ChartParams>) => ({ ...DEFAULT_CHART_PARAMS, ...p });

describe(applyView, () => {
  it("leaves the chart as built for the default view", () => {
    expect(applyView(model(), DEFAULT_CHART_PARAMS)).toEqual(model());
  });

  it("sorts by value either way, or by name", () => {
    const ids = (p: Partial<ChartParams>) => applyView(model(), view(p)).rows.map((r) => r.id);
    expect(ids({ sort: "desc" })).toEqual(["a", "c", "b"]);
    expect(ids({ sort: "asc" })).toEqual(["b", "c", "a"]);
    expect(ids({ sort: "alpha" })).toEqual(["a", "b", "c"]);
  });

  it("switches to vote counts, relabelling the subtitle and unit", () => {
    const m = applyView(model(), view({ measure: "votes", sort: "asc" }));
    expect(m.series.map((s) => s.key)).toEqual(["votes"]);
    expect(m.unit).toBe("votes");
    expect(m.subtitle).toBe("Votes · 20 Nov 2022");
    expect(m.rows.map((r) => r.votes)).toEqual([100, 105, 800]);
  });

  it("draws only the muted series a view asks for, and keeps the lead series", () => {
    const lines = model({
      kind: "line",
      series: [
        { key: "national", label: "Kazakhstan", color: "chart-1" },
        { key: "abai", label: "Abai", color: "chart-muted", muted: true },
        { key: "astana", label: "Astana", color: "chart-muted", muted: true },
      ],
    });
    expect(applyView(lines, view({ show: ["astana"] })).series.map((s) => s.key)).toEqual([
      "national",
      "astana",
    ]);
    expect(applyView(lines, view({ show: [] })).series.map((s) => s.key)).toEqual(["national"]);
  });

  it("leaves the lines a view hides out of its table too, so the CSV of the view matches", () => {
    const lines = model({
      kind: "line",
      indexKey: "release",
      series: [
        { key: "national", label: "Kazakhstan", color: "chart-1" },
        { key: "abai", label: "Abai", color: "chart-muted", muted: true },
        { key: "astana", label: "Astana", color: "chart-muted", muted: true },
      ],
      table: [
        { key: "release", label: "Release" },
        { key: "national", label: "Kazakhstan", unit: "percent" },
        { key: "abai", label: "Abai", unit: "percent" },
        { key: "astana", label: "Astana", unit: "percent" },
      ],
    });
    expect(applyView(lines, view({ show: ["astana"] })).table.map((c) => c.key)).toEqual([
      "release",
      "national",
      "astana",
    ]);
    expect(applyView(lines, view({})).table).toHaveLength(4);
  });

  it("changes layout for bars and columns and carries the highlight", () => {
    expect(applyView(model(), view({ type: "columns" })).layout).toBe("horizontal");
    expect(applyView(model({ layout: "horizontal" }), view({ type: "bars" })).layout).toBe(
      "vertical",
    );
    expect(applyView(model(), view({ highlight: "c" })).highlight).toBe("c");
  });
});
