import type { VoteSpread } from "@/lib/checks/turnout-checks";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

import { CheckSection } from "./check-section";
import { COUNTRY, SpreadDots, UNIT } from "./spread-dots";
import { ScrollTable } from "./scroll-table";
import type { CheckWords } from "./words";

/** The spread of turnout across units at each vote: the dot plot, its summary, and two tables. */
export function SpreadSection({
  spreads,
  w,
  locale,
}: {
  spreads: VoteSpread[];
  w: CheckWords;
  locale: Locale;
}) {
  const t = translator(locale);
  const c = (k: string) => t(`checks.spread.columns.${k}` as Parameters<typeof t>[0]);
  const names = (s: VoteSpread) =>
    Object.fromEntries(s.units.map((u) => [u.id, w.unit(u.id, s.date)]));
  const latest = spreads[spreads.length - 1]!;
  const unitIds = latest.units
    .map((u) => u.id)
    .sort((a, b) => w.unit(a, latest.date).localeCompare(w.unit(b, latest.date), locale));
  return (
    <CheckSection
      id="spread"
      title={t("checks.spread.title")}
      can={t("checks.spread.can")}
      cannot={t("checks.spread.cannot")}
      csv="turnout-spread"
      locale={locale}
    >
      <figure className="mt-4">
        <figcaption id="spread-chart-title" className="text-sm font-semibold">
          {t("checks.spread.chartTitle")}
        </figcaption>
        <ul className="mt-1 flex flex-wrap gap-x-4 text-xs" aria-hidden>
          <li className="flex items-center gap-1">
            <span
              className="inline-block size-2.5 rounded-full opacity-70"
              style={{ background: UNIT }}
            />
            {t("checks.spread.legendUnit")}
          </li>
          <li className="flex items-center gap-1">
            <span className="inline-block size-2.5" style={{ background: COUNTRY }} />
            {t("checks.spread.legendCountry")}
          </li>
          <li>{t("checks.spread.legendEnds")}</li>
        </ul>
        <SpreadDots
          titleId="spread-chart-title"
          descId="spread-summary"
          rows={spreads.map((s) => ({
            spread: s,
            label: [
              t(`regionVotes.voteShort.${s.electionType}` as Parameters<typeof t>[0]),
              s.date.slice(0, 4),
            ],
            names: names(s),
            pct: (v) => w.pct(v, s.decimals),
            countryLabel: t("checks.spread.legendCountry"),
          }))}
        />
        <div id="spread-summary" className="mt-2 space-y-1 text-sm">
          {spreads.map((s) => (
            <p key={s.voteId} data-vote={s.voteId}>
              {t("checks.spread.summary", {
                vote: w.voteLong(s.voteId),
                min: w.pct(s.min, s.decimals),
                lowest: w.units(s.lowest, s.date),
                max: w.pct(s.max, s.decimals),
                highest: w.units(s.highest, s.date),
                range: w.gap(s.range, s.decimals),
                median: w.pct(s.median, s.medianDecimals),
                national: w.pct(s.national, s.decimals),
              })}
            </p>
          ))}
        </div>
      </figure>
      <ScrollTable className="mt-4" caption={t("checks.spread.caption")}>
        <thead>
          <tr className="border-border border-b">
            {["vote", "lowest", "median", "highest", "range", "country"].map((k, i) => (
              <th key={k} scope="col" className={i > 0 ? "text-right" : undefined}>
                {c(k)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spreads.map((s) => (
            <tr key={s.voteId}>
              <th scope="row" className="font-normal">
                {w.voteShort(s.voteId)}
                <span className="text-muted block text-xs">{s.releaseLabel}</span>
              </th>
              <td className="text-right tabular-nums">
                {w.pct(s.min, s.decimals)}
                <span className="text-muted block text-xs">{w.units(s.lowest, s.date)}</span>
              </td>
              <td className="text-right tabular-nums">{w.pct(s.median, s.medianDecimals)}</td>
              <td className="text-right tabular-nums">
                {w.pct(s.max, s.decimals)}
                <span className="text-muted block text-xs">{w.units(s.highest, s.date)}</span>
              </td>
              <td className="text-right whitespace-nowrap tabular-nums">
                {w.gap(s.range, s.decimals)}
              </td>
              <td className="text-right tabular-nums">{w.pct(s.national, s.decimals)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm">{t("checks.spread.allUnits")}</summary>
        <ScrollTable className="mt-2" caption={t("checks.spread.allCaption")}>
          <thead>
            <tr className="border-border border-b">
              <th scope="col">{c("unit")}</th>
              {spreads.map((s) => (
                <th key={s.voteId} scope="col" className="text-right">
                  {w.voteShort(s.voteId)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {unitIds.map((id) => (
              <tr key={id} data-unit={id}>
                <th scope="row" className="font-normal">
                  {w.unit(id, latest.date)}
                </th>
                {spreads.map((s) => {
                  const u = s.units.find((x) => x.id === id);
                  return (
                    <td key={s.voteId} className="text-right tabular-nums">
                      {u ? w.pct(u.percent, s.decimals) : "–"}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </details>
    </CheckSection>
  );
}
