import { withKkSuffix } from "./kk-grammar";
import type { Locale } from "./locale";
import { enOrdinal } from "./inflect-en";
import type { Filter } from "./message-format";

/**
 * A value with the ending a message's filter asks for: Kazakh cases and ordinals by vowel harmony,
 * English ordinals. Russian inflects in the message's own words ("{value}-я"), so nothing is added.
 */
export function inflect(value: string, filter: Filter, locale: Locale): string {
  if (locale === "kk") return withKkSuffix(value, filter);
  if (locale === "en" && filter === "ord") return enOrdinal(value);
  return value;
}
