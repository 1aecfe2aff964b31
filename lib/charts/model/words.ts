import type { DataSet } from "../../data/dataset";
import type { Locale } from "../../i18n/locale";
import type { Unit } from "../../units";
import { date, msg, num, type Text } from "../../text/text";

/**
 * What a chart is drafted from: the validated data, in any language. A drafter reads only its ids
 * and numbers, so the draft is the same whichever language the data was localized to.
 */
export type ChartData = DataSet & { locale: Locale };

/**
 * A drafter's words: catalogue messages, numbers and dates as Text (lib/text/text.ts), which
 * localizeChart puts into one language.
 */
export const draftWords = {
  t: msg,
  num: (value: number, unit: Unit, decimals = 2): Text => num(value, unit, decimals),
  date: (iso: string): Text => date(iso),
};
export type DraftWords = typeof draftWords;
