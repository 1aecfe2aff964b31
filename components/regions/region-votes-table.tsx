import { Fragment } from "react";

import { OneSourceTag } from "@/components/ui/one-source-tag";
import type { RegionVotes } from "@/lib/charts/model/region-votes";
import type { Source } from "@/lib/data/schemas";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { resolveText, type TextContext } from "@/lib/text/resolve-text";
import type { Text } from "@/lib/text/text";
import { sourceAnchor } from "@/lib/site";

/** Text that wraps between its words only: the Kazakh "20 ішінен 13-орын" never as "13-" and "орын". */
function Words({ text }: { text: string }) {
  return text.split(" ").map((word, i) => (
    <Fragment key={i}>
      {i > 0 && " "}
      <span className="whitespace-nowrap">{word}</span>
    </Fragment>
  ));
}

/**
 * The unit at each vote: the release its figure is from (with the sources that printed it), turnout,
 * rank, the country, and the change since the vote before or why there is none.
 */
export function RegionVotesTable({
  votes,
  sources,
  locale,
  text,
}: {
  votes: RegionVotes;
  sources: readonly Source[];
  locale: Locale;
  text: TextContext;
}) {
  const t = translator(locale);
  const w = (x: Text) => resolveText(x, text);
  const { rows } = votes;
  const unit = { name: w(votes.unit.name) };
  const num = (v: number, u: "percent" | "points", d: number) => formatNumber(v, u, d, locale);
  const publisher = (id: string) => sources.find((s) => s.id === id)?.publisher ?? id;
  return (
    <div
      className="mt-4 max-w-full overflow-x-auto"
      tabIndex={0}
      role="region"
      aria-label={t("regionVotes.tableLabel", { name: unit.name })}
    >
      <table className="[&_tbody_tr]:border-border/60 w-full border-collapse text-left text-xs sm:text-sm [&_tbody_tr]:border-b [&_td]:px-2 [&_td]:py-1 [&_td]:align-top [&_th]:px-2 [&_th]:py-1 [&_th]:align-top">
        <caption className="sr-only">
          {t("regionVotes.caption", { name: unit.name, year: votes.since })}
        </caption>
        <thead>
          <tr className="border-border border-b">
            <th scope="col">{t("regionVotes.columns.vote")}</th>
            <th scope="col">{t("regionVotes.columns.release")}</th>
            <th scope="col" className="text-right">
              {t("regionVotes.columns.turnout")}
            </th>
            <th scope="col" className="text-right">
              {t("region.rank")}
            </th>
            <th scope="col" className="text-right">
              {t("columns.kazakhstan")}
            </th>
            <th scope="col" className="text-right">
              {t("region.gap")}
            </th>
            <th scope="col" className="text-right">
              {t("regionVotes.columns.change")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.voteId} data-vote={r.voteId}>
              <th scope="row" className="min-w-32 font-normal">
                {w(r.vote)}
                {r.calledThen && (
                  <span className="text-muted block text-xs">
                    {t("places.calledThen", { name: w(r.calledThen) })}
                  </span>
                )}
              </th>
              <td className="min-w-28">
                <span className="whitespace-nowrap">{w(r.release)}</span>
                {r.singleSource && <OneSourceTag locale={locale} />}
                <span className="text-muted block text-xs">
                  {t(`regionVotes.status.${r.status}`)}
                </span>
                <span className="block text-xs">
                  {r.sourceIds.map((id, i) => (
                    <Fragment key={id}>
                      {i > 0 && ", "}
                      <a href={`#${sourceAnchor(id)}`} className="underline">
                        {publisher(id)}
                      </a>
                    </Fragment>
                  ))}
                </span>
              </td>
              <td className="text-right whitespace-nowrap tabular-nums">
                {num(r.turnout, "percent", r.decimals)}
              </td>
              <td className="text-right tabular-nums">
                <Words text={t("region.rankOf", { rank: r.rank, of: r.of })} />
              </td>
              <td className="text-right whitespace-nowrap tabular-nums">
                {num(r.national, "percent", r.decimals)}
              </td>
              <td className="text-right whitespace-nowrap tabular-nums">
                {num(r.gap, "points", r.decimals)}
              </td>
              {r.change !== null ? (
                <td className="text-right whitespace-nowrap tabular-nums">
                  {num(r.change, "points", r.changeDecimals)}
                </td>
              ) : r.noChange === null ? (
                <td className="text-right">–</td>
              ) : (
                <td className="text-muted min-w-36 text-xs">{w(r.noChange)}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
