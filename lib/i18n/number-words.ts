import en from "./numbers/en.json" with { type: "json" };
import kk from "./numbers/kk.json" with { type: "json" };
import ru from "./numbers/ru.json" with { type: "json" };
import type { Catalogues, Shape } from "./catalogue-shape";
import type { Locale } from "./locale";

/**
 * The words of numbers, units and dates (lib/i18n/numbers/*.json): a catalogue of its own because
 * the browser formats a chart's numbers too. `npm run validate` checks them like the UI catalogues
 * (keys, placeholders, plurals). The server holds all three languages; the browser gets only its
 * page's, with each chart (lib/i18n/number-words-browser.ts).
 */
export type NumberWords = Shape<typeof en>;

/** A missing key or language here is a compile error: each catalogue must have English's shape. */
export const NUMBER_WORDS = { en, ru, kk } satisfies Catalogues<typeof en>;

/** On the server (and in tests and scripts): every language's words are here. */
export function numberWords(locale: Locale): NumberWords {
  return NUMBER_WORDS[locale];
}

export { inflect } from "./inflect";

/** Nothing to do on the server, which has every language; the browser's version keeps them. */
export function provideNumberWords(_locale: Locale, _words: NumberWords): void {}
