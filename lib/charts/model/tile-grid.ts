import type { Locale } from "../../i18n/locale";

/**
 * The tile-grid map of the 20 units: one equal tile each, columns west to east and rows north to
 * south, placed from the units' administrative centres (../shared/facts/regions-geo.md) so that
 * units sharing a land border touch at an edge or a corner. Karaganda Region borders nine units and
 * a tile has only eight neighbours, so one of its borders cannot be kept: Zhetysu sits two tiles away
 * (it was the placement that moved the other units least from their centres). The three cities sit
 * beside the region around them. The unit test checks all of this against the facts.
 *
 * `code` is what a phone shows on a tile, too narrow for a name; `short` is the name on wider screens;
 * both in each language, as abbreviations of the names in data/names.json (the press's СКО, ШҚО).
 */
export const TILE_GRID: Readonly<
  Record<
    string,
    { col: number; row: number; short: Record<Locale, string>; code: Record<Locale, string> }
  >
> = {
  "north-kazakhstan": {
    col: 3,
    row: 0,
    short: { en: "N. Kazakhstan", ru: "СКО", kk: "СҚО" },
    code: { en: "NKZ", ru: "СКО", kk: "СҚО" },
  },
  astana: {
    col: 4,
    row: 0,
    short: { en: "Astana", ru: "Астана", kk: "Астана" },
    code: { en: "AST", ru: "АСТ", kk: "АСТ" },
  },
  "west-kazakhstan": {
    col: 0,
    row: 1,
    short: { en: "W. Kazakhstan", ru: "ЗКО", kk: "БҚО" },
    code: { en: "WKZ", ru: "ЗКО", kk: "БҚО" },
  },
  kostanay: {
    col: 2,
    row: 1,
    short: { en: "Kostanay", ru: "Костанай", kk: "Қостанай" },
    code: { en: "KOS", ru: "КОС", kk: "ҚОС" },
  },
  akmola: {
    col: 3,
    row: 1,
    short: { en: "Akmola", ru: "Акмола", kk: "Ақмола" },
    code: { en: "AKM", ru: "АКМ", kk: "АҚМ" },
  },
  pavlodar: {
    col: 4,
    row: 1,
    short: { en: "Pavlodar", ru: "Павлодар", kk: "Павлодар" },
    code: { en: "PAV", ru: "ПАВ", kk: "ПАВ" },
  },
  atyrau: {
    col: 0,
    row: 2,
    short: { en: "Atyrau", ru: "Атырау", kk: "Атырау" },
    code: { en: "ATY", ru: "АТЫ", kk: "АТЫ" },
  },
  aktobe: {
    col: 1,
    row: 2,
    short: { en: "Aktobe", ru: "Актобе", kk: "Ақтөбе" },
    code: { en: "AKT", ru: "АКТ", kk: "АҚТ" },
  },
  ulytau: {
    col: 2,
    row: 2,
    short: { en: "Ulytau", ru: "Улытау", kk: "Ұлытау" },
    code: { en: "ULY", ru: "УЛЫ", kk: "ҰЛЫ" },
  },
  karaganda: {
    col: 3,
    row: 2,
    short: { en: "Karaganda", ru: "Караганда", kk: "Қарағанды" },
    code: { en: "KAR", ru: "КАР", kk: "ҚАР" },
  },
  abai: {
    col: 4,
    row: 2,
    short: { en: "Abai", ru: "Абай", kk: "Абай" },
    code: { en: "ABA", ru: "АБА", kk: "АБА" },
  },
  "east-kazakhstan": {
    col: 5,
    row: 2,
    short: { en: "E. Kazakhstan", ru: "ВКО", kk: "ШҚО" },
    code: { en: "EKZ", ru: "ВКО", kk: "ШҚО" },
  },
  mangystau: {
    col: 0,
    row: 3,
    short: { en: "Mangystau", ru: "Мангистау", kk: "Маңғыстау" },
    code: { en: "MAN", ru: "МАН", kk: "МАҢ" },
  },
  kyzylorda: {
    col: 1,
    row: 3,
    short: { en: "Kyzylorda", ru: "Кызылорда", kk: "Қызылорда" },
    code: { en: "KYZ", ru: "КЫЗ", kk: "ҚЫЗ" },
  },
  turkistan: {
    col: 2,
    row: 3,
    short: { en: "Turkistan", ru: "Туркестан", kk: "Түркістан" },
    code: { en: "TUR", ru: "ТУР", kk: "ТҮР" },
  },
  zhambyl: {
    col: 3,
    row: 3,
    short: { en: "Zhambyl", ru: "Жамбыл", kk: "Жамбыл" },
    code: { en: "ZHA", ru: "ЖАМ", kk: "ЖАМ" },
  },
  "almaty-region": {
    col: 4,
    row: 3,
    short: { en: "Almaty Reg.", ru: "Алматин. обл.", kk: "Алматы обл." },
    code: { en: "ALR", ru: "АЛО", kk: "АЛО" },
  },
  zhetysu: {
    col: 5,
    row: 3,
    short: { en: "Zhetysu", ru: "Жетісу", kk: "Жетісу" },
    code: { en: "ZHE", ru: "ЖЕТ", kk: "ЖЕТ" },
  },
  shymkent: {
    col: 3,
    row: 4,
    short: { en: "Shymkent", ru: "Шымкент", kk: "Шымкент" },
    code: { en: "SHY", ru: "ШЫМ", kk: "ШЫМ" },
  },
  "almaty-city": {
    col: 4,
    row: 4,
    short: { en: "Almaty", ru: "Алматы", kk: "Алматы" },
    code: { en: "ALA", ru: "АЛА", kk: "АЛА" },
  },
};
