import type { VoteMoves } from "@/lib/checks/turnout-checks";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

import { CheckSection } from "./check-section";
import { ScrollTable } from "./scroll-table";
import type { CheckWords } from "./words";

/** The units whose turnout moved most between consecutive votes, one table per pair of votes. */
export function MovesSection({
  moves,
  w,
  locale,
}: {
  moves: VoteMoves[];
  w: CheckWords;
  locale: Locale;
}) {
  const t = translator(locale);
  return (
    <CheckSection
      id="moves"
      title={t("checks.moves.title")}
      can={t("checks.moves.can")}
      cannot={t("checks.moves.cannot")}
      csv="turnout-moves"
      locale={locale}
    >
      {moves.map((m) => {
        const pair = t("checks.moves.pair", {
          earlier: w.voteShort(m.earlierVoteId),
          later: w.voteShort(m.laterVoteId),
        });
        const rows = [
          ...m.rises.map((x) => ({ ...x, dir: t("checks.moves.rise") })),
          ...m.falls.map((x) => ({ ...x, dir: t("checks.moves.fall") })),
        ];
        return (
          <div
            key={m.laterVoteId}
            className="mt-4"
            data-pair={`${m.earlierVoteId}/${m.laterVoteId}`}
          >
            <h3 className="text-sm font-semibold">{pair}</h3>
            <ScrollTable className="mt-1" caption={`${t("checks.moves.caption")}: ${pair}`}>
              <thead>
                <tr className="border-border border-b">
                  <th scope="col">{t("checks.moves.columns.direction")}</th>
                  <th scope="col">{t("checks.moves.columns.unit")}</th>
                  <th scope="col" className="text-right">
                    {t("checks.moves.columns.earlier")}
                  </th>
                  <th scope="col" className="text-right">
                    {t("checks.moves.columns.later")}
                  </th>
                  <th scope="col" className="text-right">
                    {t("checks.moves.columns.change")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((x) => (
                  <tr key={x.id} data-unit={x.id}>
                    <td>{x.dir}</td>
                    <th scope="row" className="font-normal">
                      {w.unit(x.id, m.laterDate)}
                    </th>
                    <td className="text-right tabular-nums">{w.pct(x.earlier, m.decimals)}</td>
                    <td className="text-right tabular-nums">{w.pct(x.later, m.decimals)}</td>
                    <td className="text-right whitespace-nowrap tabular-nums">
                      {w.pts(x.change, m.decimals)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
            {m.excluded.length > 0 && (
              <p className="text-muted mt-1 text-xs">
                {t("checks.moves.excluded", {
                  count: m.excluded.length,
                  units: w.units(m.excluded, m.laterDate),
                })}
              </p>
            )}
          </div>
        );
      })}
    </CheckSection>
  );
}
