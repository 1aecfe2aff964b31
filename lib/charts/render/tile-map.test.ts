import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { SCALE_COLORS } from "../../ui/colors";
import { scaleColor, scaleLegend, TILE_GRID, toMapTiles } from "./tile-map";

const GEO = JSON.parse(
  readFileSync(
    path.resolve(import.meta.dirname, "../../../test/fixtures/regions-geo/regions-geo.json"),
    "utf8",
  ),
) as {
  centres: Record<string, [number, number]>;
  borders: Record<string, string[]>;
  inside: Record<string, string>;
};
const META = JSON.parse(
  readFileSync(
    path.resolve(import.meta.dirname, "../../../data/datasets/kz-2022-turnout-intraday/meta.json"),
    "utf8",
  ),
) as { units: { id: string; name: string }[] };

/** Tiles touch at an edge or a corner. */
function touching(a: string, b: string): boolean {
  const p = TILE_GRID[a]!;
  const q = TILE_GRID[b]!;
  return Math.max(Math.abs(p.col - q.col), Math.abs(p.row - q.row)) === 1;
}

const PAIRS = [
  ...new Set(
    Object.entries(GEO.borders).flatMap(([a, list]) => list.map((b) => [a, b].sort().join("|"))),
  ),
].map((p) => p.split("|") as [string, string]);

describe("TILE_GRID", () => {
  it("has one tile for each unit of the turnout data, and no two on one cell", () => {
    expect(Object.keys(TILE_GRID).sort()).toEqual(META.units.map((u) => u.id).sort());
    const cells = Object.values(TILE_GRID).map((t) => `${t.col},${t.row}`);
    expect(new Set(cells).size).toBe(cells.length);
  });

  it("reads the borders of the facts file symmetrically (each listed from both sides)", () => {
    for (const [a, b] of PAIRS) {
      expect(GEO.borders[a], `${a} lists ${b}`).toContain(b);
      expect(GEO.borders[b], `${b} lists ${a}`).toContain(a);
    }
  });

  it("keeps every pair of bordering units adjacent or diagonal, except Karaganda–Zhetysu", () => {
    const apart = PAIRS.filter(([a, b]) => !touching(a, b)).map((p) => p.join("–"));
    expect(apart).toEqual(["karaganda–zhetysu"]);
  });

  it("could not do better: Karaganda borders more units than a tile has neighbours", () => {
    expect(GEO.borders.karaganda!.length).toBeGreaterThan(8);
  });

  it("puts each city beside the region around it", () => {
    for (const [city, region] of Object.entries(GEO.inside))
      expect(touching(city, region), `${city} by ${region}`).toBe(true);
  });

  it("keeps west–east and north–south order wherever centres are well apart", () => {
    for (const a of Object.keys(GEO.centres))
      for (const b of Object.keys(GEO.centres)) {
        const [latA, lonA] = GEO.centres[a]!;
        const [latB, lonB] = GEO.centres[b]!;
        // More than 4° of longitude (about 300 km) west: never a column further east.
        if (lonA + 4 < lonB)
          expect(TILE_GRID[a]!.col, `${a} west of ${b}`).toBeLessThanOrEqual(TILE_GRID[b]!.col);
        // More than 3° of latitude north: never a row further south.
        if (latA > latB + 3)
          expect(TILE_GRID[a]!.row, `${a} north of ${b}`).toBeLessThanOrEqual(TILE_GRID[b]!.row);
      }
  });
});

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
    expect(scaleLegend().map((s) => s.label)).toEqual([
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
    expect(toMapTiles(model).map((t) => t.id)).toEqual(["north-kazakhstan", "astana", "shymkent"]);
  });

  it("colours by value, labels with the unit, and marks a missing figure", () => {
    const [nk, astana, shymkent] = toMapTiles(model);
    expect([nk!.fill, nk!.label, nk!.ink]).toEqual(["scale-4", "79.01%", "on-scale-light"]);
    expect([astana!.fill, astana!.label]).toEqual(["chart-muted", "no figure"]);
    expect([shymkent!.x, shymkent!.y]).toEqual([3 * 106, 4 * 90]);
  });
});
