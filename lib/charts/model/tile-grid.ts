/**
 * The tile-grid map of the 20 units: one equal tile each, columns west to east and rows north to
 * south, placed from the units' administrative centres (../shared/facts/regions-geo.md) so that
 * units sharing a land border touch at an edge or a corner. Karaganda Region borders nine units and
 * a tile has only eight neighbours, so one of its borders cannot be kept: Zhetysu sits two tiles away
 * (it was the placement that moved the other units least from their centres). The three cities sit
 * beside the region around them. The unit test checks all of this against the facts.
 *
 * Positions only: the words on a tile (its short name and its phone code, in each language) are in
 * the catalogues under `tiles`, read through lib/charts/render/tile-words.ts.
 */
export const TILE_GRID: Readonly<Record<string, { col: number; row: number }>> = {
  "north-kazakhstan": { col: 3, row: 0 },
  astana: { col: 4, row: 0 },
  "west-kazakhstan": { col: 0, row: 1 },
  kostanay: { col: 2, row: 1 },
  akmola: { col: 3, row: 1 },
  pavlodar: { col: 4, row: 1 },
  atyrau: { col: 0, row: 2 },
  aktobe: { col: 1, row: 2 },
  ulytau: { col: 2, row: 2 },
  karaganda: { col: 3, row: 2 },
  abai: { col: 4, row: 2 },
  "east-kazakhstan": { col: 5, row: 2 },
  mangystau: { col: 0, row: 3 },
  kyzylorda: { col: 1, row: 3 },
  turkistan: { col: 2, row: 3 },
  zhambyl: { col: 3, row: 3 },
  "almaty-region": { col: 4, row: 3 },
  zhetysu: { col: 5, row: 3 },
  shymkent: { col: 3, row: 4 },
  "almaty-city": { col: 4, row: 4 },
};
