import type { DataSet } from "../../data/dataset";
import { formatDate, formatNumber } from "../../format";
import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import type { Unit } from "../../units";
import { date, msg, num, type Text } from "../../text/text";

/** What a chart is built from: the validated data, in the language it is shown in. */
export type ChartData = DataSet & { locale: Locale };

/** A chart builder's words and number formats, in the data's language. */
export function wordsFor(locale: Locale) {
  return {
    locale,
    t: translator(locale),
    num: (value: number, unit: Unit, decimals = 2) => formatNumber(value, unit, decimals, locale),
    date: (iso: string) => formatDate(iso, locale),
  };
}

/**
 * A drafter's words: the same calls as wordsFor, giving Text (lib/text/text.ts) instead of words, so
 * a draft is the same in every language and localizeChart puts it into one.
 */
export const draftWords = {
  t: msg,
  num: (value: number, unit: Unit, decimals = 2): Text => num(value, unit, decimals),
  date: (iso: string): Text => date(iso),
};
export type DraftWords = typeof draftWords;
