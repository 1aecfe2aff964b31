import { describe, expect, it } from "vitest";

import { SCALE_COLORS } from "../../ui/colors";
import { scaleColor, scaleLegend, toMapTiles } from "./tile-map";

describe(scaleColor, () => {
  it.each([
    [0, 0],
    [19.99, 0],
    [20, 1],
    [48.6, 2],
    [60, 3],
    [79.99, 3],
    [80, 4],
    [100, 4],
  ])("puts %s%% on step %i", (value, step) => {
    expect(scaleColor(value)).toBe(SCALE_COLORS[step]);
  });

  it("labels the legend from the same breaks", () => {
    expect(scaleLegend("en").map((s) => s.label)).toEqual([
      "under 20%",
      "20–40%",
      "40–60%",
      "60–80%",
      "80% and over",
    ]);
  });
});

describe(toMapTiles, () => {
  const model = {
    rows: [
      { id: "shymkent", unit: "Shymkent (city)", turnout: 59.79 },
      { id: "north-kazakhstan", unit: "North Kazakhstan Region", turnout: 79.01 },
      { id: "astana", unit: "Astana (city)", turnout: null },
      { id: "atlantis", unit: "Not a unit", turnout: 50 },
    ],
    series: [{ key: "turnout", label: "Turnout", color: "chart-2" as const }],
    indexKey: "unit",
    unit: "percent" as const,
    decimals: 2,
  };

  it("orders tiles row by row, west to east, and skips ids the grid does not know", () => {
    expect(toMapTiles(model, "en").map((t) => t.id)).toEqual([
      "north-kazakhstan",
      "astana",
      "shymkent",
    ]);
  });

  it("colours by value, labels with the unit, and marks a missing figure", () => {
    const [nk, astana, shymkent] = toMapTiles(model, "en");
    expect([nk!.fill, nk!.label, nk!.ink]).toEqual(["scale-4", "79.01%", "on-scale-light"]);
    expect([astana!.fill, astana!.label]).toEqual(["chart-muted", "no figure"]);
    expect([shymkent!.x, shymkent!.y]).toEqual([3 * 106, 4 * 90]);
  });

  it("names each tile's link starting with the text it shows, then the full name", () => {
    const [nk, astana, shymkent] = toMapTiles(model, "en");
    expect(nk!.narrow).toEqual({
      lines: ["NKZ", "79.01"],
      name: "NKZ 79.01%, North Kazakhstan Region",
    });
    expect(nk!.wide).toEqual({
      lines: ["N. Kazakhstan", "79.01%"],
      name: "N. Kazakhstan 79.01%, North Kazakhstan Region",
    });
    expect(astana!.narrow).toEqual({ lines: ["AST", "–"], name: "AST no figure, Astana (city)" });
    expect(shymkent!.wide.name).toBe("Shymkent 59.79%, Shymkent (city)");
  });

  it("reads the tile's words in the language asked for, by the name the row gives for its day", () => {
    const rows = [
      { id: "astana", unit: "город Нур-Султан", turnout: 65.54, nameId: "nur-sultan" },
      { id: "ulytau", unit: "область Ұлытау", turnout: null, nameId: null },
    ];
    const [astana, ulytau] = toMapTiles({ ...model, rows }, "ru");
    expect(astana!.narrow.lines[0]).toBe("НУР");
    expect(astana!.wide).toEqual({
      lines: ["Нур-Султан", "65,54%"],
      name: "Нур-Султан 65,54\u00a0%, город Нур-Султан",
    });
    expect(ulytau!.wide.lines[0]).toBe("Ұлытау");
    expect(toMapTiles({ ...model, rows }, "kk")[0]!.narrow.lines[0]).toBe("НҰР");
  });
});
