import { enOrdinal } from "./inflect-en";
import type { Locale } from "./locale";
import type { Filter } from "./message-format";
import type { NumberWords } from "./number-words";

/**
 * The browser's number words (package.json maps "#number-words" here for browser bundles): only the
 * page's language, handed over with each chart (ChartBody calls provideNumberWords before anything
 * formats), so the three languages' words stay out of every page's JavaScript.
 */
const held: Partial<Record<Locale, NumberWords>> = {};

export function provideNumberWords(locale: Locale, words: NumberWords): void {
  held[locale] = words;
}

export function numberWords(locale: Locale): NumberWords {
  const words = held[locale];
  if (!words) throw new Error(`no number words for "${locale}": a chart hands them over first`);
  return words;
}

/**
 * The browser formats only a chart's plain numbers (shares, counts, votes, dollars): a Kazakh case
 * ending or ordinal is made on the server, so the Kazakh grammar is not shipped.
 * lib/charts/model/client-formats.test.ts checks that no chart asks the browser for one.
 */
export function inflect(value: string, filter: Filter, locale: Locale): string {
  return locale === "en" && filter === "ord" ? enOrdinal(value) : value;
}
