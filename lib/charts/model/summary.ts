import { formatNumber } from "../../format";
import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import type { Unit } from "../../data/schemas";

export interface RankedValue {
  label: string;
  value: number;
}

/** What a ranking ranks, named in the catalogue's "ranking.nouns" with each language's plural forms. */
export type RankedNoun = "options" | "parties" | "units";

/** "A leads with X, followed by B (Y) and C (Z); the lowest is D (W)." written from the data. */
export function describeRanking(
  items: readonly RankedValue[],
  unit: Unit,
  decimals: number,
  noun: RankedNoun,
  locale: Locale,
): string {
  const t = translator(locale);
  const sorted = [...items].sort((a, b) => b.value - a.value);
  const fmt = (v: number) => formatNumber(v, unit, decimals, locale);
  const [first, second, third] = sorted;
  const last = sorted[sorted.length - 1];
  const count = sorted.length;
  if (!first) return t("ranking.none", { what: t(`ranking.nouns.${noun}`, { count: 0 }) });
  if (!second || !last) return `${first.label}: ${fmt(first.value)}.`;
  const next = third
    ? t("ranking.nextTwo", {
        second: second.label,
        secondValue: fmt(second.value),
        third: third.label,
        thirdValue: fmt(third.value),
      })
    : t("ranking.nextOne", { second: second.label, secondValue: fmt(second.value) });
  const lowest =
    count > 3
      ? " " +
        t("ranking.lowest", {
          count,
          what: t(`ranking.nouns.${noun}`, { count }),
          last: last.label,
          lastValue: fmt(last.value),
        })
      : "";
  return t("ranking.highest", { first: first.label, value: fmt(first.value), next }) + lowest;
}
