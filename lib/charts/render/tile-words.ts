import type { MessageKey, Translate } from "../../i18n/translate";

/** What a tile says: its short name on wider screens, its code on a phone (the press's СКО, ШҚО). */
export interface TileWords {
  short: string;
  code: string;
}

/**
 * A tile's words in the translator's language, from the catalogues' `tiles` namespace: by the unit's
 * id, or by a former name's id ("nur-sultan") on a map of a day the unit bore it (lib/data/name-on.ts).
 * tile-words.test.ts holds every catalogue to having both words for every unit and former name.
 */
export function tileWords(t: Translate, nameId: string): TileWords {
  return {
    short: t(`tiles.short.${nameId}` as MessageKey),
    code: t(`tiles.code.${nameId}` as MessageKey),
  };
}
