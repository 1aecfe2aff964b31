import type { DataSet } from "../../data/dataset";
import { formatDate, formatNumber } from "../../format";
import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import type { Unit } from "../../units";

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
