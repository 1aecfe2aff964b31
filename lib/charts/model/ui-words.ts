import type { Locale } from "../../i18n/locale";
import { numberWords, type NumberWords } from "../../i18n/number-words";
import { translator } from "../../i18n/translate";

/**
 * The few words the browser's chart code shows (the table toggle, tooltips), sent with each chart in
 * the page's language so that no catalogue ships to the client.
 */
export interface ChartUiWords {
  showTable: string;
  hideTable: string;
  openTable: string;
  tableLabel: string;
  highest: string;
  lowest: string;
  cardsLabel: string;
  /** The page's number and unit words (lib/i18n/numbers), for the chart's axes, labels and table. */
  numbers: NumberWords;
}

export function chartUiWords(locale: Locale, title: string): ChartUiWords {
  const t = translator(locale);
  return {
    showTable: t("table.show"),
    hideTable: t("table.hide"),
    openTable: t("table.open"),
    tableLabel: t("table.label", { title }),
    highest: t("table.highest"),
    lowest: t("table.lowest"),
    cardsLabel: t("chart.cardsLabel", { title }),
    numbers: numberWords(locale),
  };
}
