import type { ReleaseCheck } from "@/lib/checks/release-check";
import type { Source } from "@/lib/data/schemas";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { sourceAnchor } from "@/lib/site";

import { CheckSection } from "./check-section";
import { ScrollTable } from "./scroll-table";
import type { CheckWords } from "./words";

/** Election-day releases checked for decreases and for rises after a unit's polls had closed. */
export function ReleasesSection({
  checks,
  voteOf,
  closingSources,
  w,
  locale,
}: {
  checks: ReleaseCheck[];
  /** The vote id of each turnout dataset. */
  voteOf: Record<string, string>;
  closingSources: Source[];
  w: CheckWords;
  locale: Locale;
}) {
  const t = translator(locale);
  const flags = checks.flatMap((c) => c.flags.map((f) => ({ ...f, day: c.day })));
  const col = (k: string) => t(`checks.releases.columns.${k}` as Parameters<typeof t>[0]);
  return (
    <CheckSection
      id="releases"
      title={t("checks.releases.title")}
      can={t("checks.releases.can")}
      cannot={t("checks.releases.cannot")}
      csv="turnout-releases"
      locale={locale}
    >
      <ul className="mt-3 space-y-1 text-sm">
        {checks.map((c) => (
          <li key={c.datasetId} data-dataset={c.datasetId}>
            {t("checks.releases.checked", {
              vote: w.voteShort(voteOf[c.datasetId]!),
              releases: c.releases.map((r) => r.label).join(", "),
              pairs: c.pairs,
            })}{" "}
            {!c.closingTimes && t("checks.releases.noClosing")}
          </li>
        ))}
      </ul>
      {flags.length === 0 ? (
        <p className="mt-3 text-sm">{t("checks.releases.noFlags")}</p>
      ) : (
        <ScrollTable className="mt-3" caption={t("checks.releases.caption")}>
          <thead>
            <tr className="border-border border-b">
              {["vote", "unit", "check", "from", "to", "change", "closes"].map((k, i) => (
                <th key={k} scope="col" className={i > 2 ? "text-right" : undefined}>
                  {col(k)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {flags.map((f) => (
              <tr key={`${f.datasetId}-${f.unit}-${f.fromId}`} data-flag={`${f.unit}:${f.kind}`}>
                <td>{w.voteShort(voteOf[f.datasetId]!)}</td>
                <th scope="row" className="font-normal">
                  {w.unit(f.unit, f.day)}
                </th>
                <td>{t(`checks.releases.kind.${f.kind}`)}</td>
                <td className="text-right tabular-nums">
                  {f.fromLabel}
                  <span className="block">{w.pct(f.from, f.decimals)}</span>
                </td>
                <td className="text-right tabular-nums">
                  {f.toLabel}
                  <span className="block">{w.pct(f.to, f.decimals)}</span>
                </td>
                <td className="text-right whitespace-nowrap tabular-nums">
                  {w.pts(f.change, f.decimals)}
                </td>
                <td className="text-right tabular-nums">{f.closes ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <p className="text-muted mt-2 text-xs">
        {t("checks.releases.closingSources")}{" "}
        {closingSources.map((s, i) => (
          <span key={s.id}>
            {i > 0 && ", "}
            <a href={`#${sourceAnchor(s.id)}`} className="underline">
              {s.publisher}
              {s.published ? `, ${formatDate(s.published, locale)}` : ""}
            </a>
          </span>
        ))}
      </p>
    </CheckSection>
  );
}
