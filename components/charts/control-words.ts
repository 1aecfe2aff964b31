import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { CHART_TYPES, MEASURES, SORT_ORDERS } from "@/lib/charts/model/view-types";

/** The chart controls' words in the page's language, sent as props (no catalogue on the client). */
export function controlWords(locale: Locale) {
  const t = translator(locale);
  const names = <K extends string>(keys: readonly K[], of: (k: K) => string) =>
    Object.fromEntries(keys.map((k) => [k, of(k)])) as Record<K, string>;
  return {
    type: t("controls.type"),
    types: names(CHART_TYPES, (k) => t(`controls.types.${k}`)),
    measure: t("controls.measure"),
    measures: names(MEASURES, (k) => t(`controls.measures.${k}`)),
    order: t("controls.order"),
    sorts: names(SORT_ORDERS, (k) => t(`controls.sorts.${k}`)),
    highlight: t("controls.highlight"),
    none: t("controls.none"),
    revision: t("controls.revision"),
    newest: t("controls.newest"),
    seriesShown: t("controls.seriesShown"),
    seriesCount: t("controls.seriesCount"),
    all: t("controls.all"),
  };
}
export type ControlWords = ReturnType<typeof controlWords>;
