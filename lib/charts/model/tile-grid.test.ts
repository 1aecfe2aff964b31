import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { TILE_GRID } from "./tile-grid";

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
