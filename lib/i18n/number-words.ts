import en from "./numbers/en.json" with { type: "json" };
import kk from "./numbers/kk.json" with { type: "json" };
import ru from "./numbers/ru.json" with { type: "json" };
import type { Catalogues, Shape } from "./catalogue-shape";
import type { Locale } from "./locale";

/**
 * The words of numbers, units and dates (lib/i18n/numbers/*.json): a catalogue of its own because
 * the browser formats a chart's numbers too, and these few hundred bytes are all it needs of the
 * catalogues. `npm run validate` checks them like the UI catalogues (keys, placeholders, plurals).
 */
export type NumberWords = typeof en;

/** A missing key or language here is a compile error: each catalogue must have English's shape. */
export const NUMBER_WORDS = { en, ru, kk } satisfies Catalogues<NumberWords>;

export function numberWords(locale: Locale): Shape<NumberWords> {
  return NUMBER_WORDS[locale];
}
