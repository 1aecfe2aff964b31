/**
 * The tile-grid map of the 20 units: one equal tile each, columns west to east and rows north to
 * south, placed from the units' administrative centres (../shared/facts/regions-geo.md) so that
 * units sharing a land border touch at an edge or a corner. Karaganda Region borders nine units and
 * a tile has only eight neighbours, so one of its borders cannot be kept: Zhetysu sits two tiles away
 * (it was the placement that moved the other units least from their centres). The three cities sit
 * beside the region around them. The unit test checks all of this against the facts.
 *
 * `code` is what a phone shows on a tile, too narrow for a name; `short` is the name on wider screens.
 */
export const TILE_GRID: Readonly<
  Record<string, { col: number; row: number; short: string; code: string }>
> = {
  "north-kazakhstan": { col: 3, row: 0, short: "N. Kazakhstan", code: "NKZ" },
  astana: { col: 4, row: 0, short: "Astana", code: "AST" },
  "west-kazakhstan": { col: 0, row: 1, short: "W. Kazakhstan", code: "WKZ" },
  kostanay: { col: 2, row: 1, short: "Kostanay", code: "KOS" },
  akmola: { col: 3, row: 1, short: "Akmola", code: "AKM" },
  pavlodar: { col: 4, row: 1, short: "Pavlodar", code: "PAV" },
  atyrau: { col: 0, row: 2, short: "Atyrau", code: "ATY" },
  aktobe: { col: 1, row: 2, short: "Aktobe", code: "AKT" },
  ulytau: { col: 2, row: 2, short: "Ulytau", code: "ULY" },
  karaganda: { col: 3, row: 2, short: "Karaganda", code: "KAR" },
  abai: { col: 4, row: 2, short: "Abai", code: "ABA" },
  "east-kazakhstan": { col: 5, row: 2, short: "E. Kazakhstan", code: "EKZ" },
  mangystau: { col: 0, row: 3, short: "Mangystau", code: "MAN" },
  kyzylorda: { col: 1, row: 3, short: "Kyzylorda", code: "KYZ" },
  turkistan: { col: 2, row: 3, short: "Turkistan", code: "TUR" },
  zhambyl: { col: 3, row: 3, short: "Zhambyl", code: "ZHA" },
  "almaty-region": { col: 4, row: 3, short: "Almaty Reg.", code: "ALR" },
  zhetysu: { col: 5, row: 3, short: "Zhetysu", code: "ZHE" },
  shymkent: { col: 3, row: 4, short: "Shymkent", code: "SHY" },
  "almaty-city": { col: 4, row: 4, short: "Almaty", code: "ALA" },
};
