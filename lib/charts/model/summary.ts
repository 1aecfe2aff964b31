import { formatNumber } from "../../format";
import type { Unit } from "../../data/schemas";

export interface RankedValue {
  label: string;
  value: number;
}

/** "A leads with X, followed by B (Y) and C (Z); the lowest is D (W)." written from the data. */
export function describeRanking(
  items: readonly RankedValue[],
  unit: Unit,
  decimals: number,
  noun: string,
): string {
  const sorted = [...items].sort((a, b) => b.value - a.value);
  const fmt = (v: number) => formatNumber(v, unit, decimals);
  const [first, second, third] = sorted;
  const last = sorted[sorted.length - 1];
  if (!first) return `No ${noun} to show.`;
  if (!second || !last) return `${first.label}: ${fmt(first.value)}.`;
  const next = third
    ? `${second.label} (${fmt(second.value)}) and ${third.label} (${fmt(third.value)})`
    : `${second.label} (${fmt(second.value)})`;
  const lowest =
    sorted.length > 3
      ? ` The lowest of the ${sorted.length} ${noun} is ${last.label} (${fmt(last.value)}).`
      : "";
  return `${first.label} is highest with ${fmt(first.value)}, followed by ${next}.${lowest}`;
}
