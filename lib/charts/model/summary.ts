import type { Unit } from "../../data/schemas";
import { join, msg, num, type Text } from "../../text/text";

export interface RankedValue {
  label: Text;
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
): Text {
  const sorted = [...items].sort((a, b) => b.value - a.value);
  const fmt = (v: number) => num(v, unit, decimals);
  const [first, second, third] = sorted;
  const last = sorted[sorted.length - 1];
  const count = sorted.length;
  if (!first) return msg("ranking.none", { what: msg(`ranking.nouns.${noun}`, { count: 0 }) });
  if (!second || !last)
    return msg("ranking.single", { first: first.label, value: fmt(first.value) });
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
  const lowest = msg("ranking.lowest", {
    count,
    what: msg(`ranking.nouns.${noun}`, { count }),
    last: last.label,
    lastValue: fmt(last.value),
  });
  return join([highest, lowest], " ");
}
