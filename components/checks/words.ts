import type { Vote } from "@/lib/data/votes";
import { voteLabel } from "@/lib/charts/model/vote-label";
import { formatNumber } from "@/lib/format";
import { resolveText, type TextContext } from "@/lib/text/resolve-text";
import { join, nameOf } from "@/lib/text/text";

/** The page's words for ids and numbers, in the reader's language. */
export function checkWords(text: TextContext, votes: readonly Vote[]) {
  const { locale } = text;
  const vote = (id: string) => votes.find((v) => v.id === id)!;
  return {
    /** A unit's name as it was on a day (Nur-Sultan in 2019). */
    unit: (id: string, on: string) => resolveText(nameOf(id, { on }), text),
    units: (ids: readonly string[], on: string) =>
      resolveText(
        join(
          ids.map((id) => nameOf(id, { on })),
          ", ",
        ),
        text,
      ),
    voteLong: (id: string) => resolveText(voteLabel(vote(id), "long"), text),
    voteShort: (id: string) => resolveText(voteLabel(vote(id), "short"), text),
    pct: (v: number, d: number) => formatNumber(v, "percent", d, locale),
    pts: (v: number, d: number) => formatNumber(v, "points", d, locale),
    /** A difference between two figures, which has no direction: no sign. */
    gap: (v: number, d: number) =>
      formatNumber(Math.abs(v), "points", d, locale).replace(/^\+/, ""),
  };
}
export type CheckWords = ReturnType<typeof checkWords>;
