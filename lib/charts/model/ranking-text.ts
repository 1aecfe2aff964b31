import type { Unit } from "../../data/schemas";
import { join, msg, num, type Text } from "../../text/text";
import type { RankedNoun } from "./summary";

export interface RankedText {
  label: Text;
  value: number;
}

/**
 * "A leads with X, followed by B (Y) and C (Z); the lowest is D (W).", as Text: the ranking of
 * lib/charts/model/summary.ts's describeRanking for a draft, whose names are references to data/.
 * Ties keep the order given, which is the same in every language.
 */
export function rankingText(
  items: readonly RankedText[],
  unit: Unit,
  decimals: number,
  noun: RankedNoun,
): Text {
  const sorted = [...items].sort((a, b) => b.value - a.value);
  const fmt = (v: number) => num(v, unit, decimals);
  const [first, second, third] = sorted;
  const last = sorted[sorted.length - 1];
  const count = sorted.length;
  if (!first) return msg("ranking.none", { what: msg(`ranking.nouns.${noun}`, { count: 0 }) });
  if (!second || !last)
    return msg("charts.kz-2022-turnout-map.rankingOnly", {
      name: first.label,
      value: fmt(first.value),
    });
  const next = third
    ? msg("ranking.nextTwo", {
        second: second.label,
        secondValue: fmt(second.value),
        third: third.label,
        thirdValue: fmt(third.value),
      })
    : msg("ranking.nextOne", { second: second.label, secondValue: fmt(second.value) });
  const highest = msg("ranking.highest", { first: first.label, value: fmt(first.value), next });
  if (count <= 3) return highest;
  const what = msg(`ranking.nouns.${noun}`, { count });
  return join(
    [highest, msg("ranking.lowest", { count, what, last: last.label, lastValue: fmt(last.value) })],
    " ",
  );
}
