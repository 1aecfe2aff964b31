import type { ObserverFinding } from "@/lib/data/observers-schema";
import { SourceLink } from "@/components/ui/source-link";
import type { Source } from "@/lib/data/schemas";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

/** Links to the sources of a finding or reply, by their titles as this reader sees them. */
export function SourceLinks({
  ids,
  sources,
  locale,
}: {
  ids: string[];
  sources: Source[];
  locale: Locale;
}) {
  const t = translator(locale);
  const cited = ids.flatMap((id) => sources.filter((s) => s.id === id));
  return (
    <span className="text-muted">
      {t("observers.sources", { count: cited.length })}{" "}
      {cited.map((s, i) => (
        <span key={s.id}>
          {i > 0 && "; "}
          <SourceLink source={s} locale={locale} />
          {` · ${s.publisher}`}
        </span>
      ))}
    </span>
  );
}

/**
 * One finding: the document and its date, the stages it concerns, our sentence, its sources and the
 * government's reply. `mission` shows the mission's name first, where a list mixes missions.
 */
export function FindingItem({
  finding: f,
  sources,
  locale,
  mission = false,
}: {
  finding: ObserverFinding;
  sources: Source[];
  locale: Locale;
  mission?: boolean;
}) {
  const t = translator(locale);
  const stages = f.stages.map((s) => t(`observers.stages.${s}`)).join(", ");
  return (
    <div className="text-sm" data-finding={f.id}>
      <p className="text-muted text-xs">
        {mission && (
          <strong className="text-foreground">{t(`observers.missions.${f.mission}`)} · </strong>
        )}
        {t(`observers.documents.${f.document}`)} ·{" "}
        {f.date ? (
          <time dateTime={f.date}>{formatDate(f.date, locale)}</time>
        ) : (
          t("observers.undated")
        )}{" "}
        · {t("observers.stagesLabel", { stages })}
      </p>
      <p className="mt-1">{f.verdict}</p>
      <p className="mt-1 text-xs">
        <SourceLinks ids={f.sourceIds} sources={sources} locale={locale} />
      </p>
      {f.reply && (
        <p className="border-border mt-2 border-l-2 pl-3 text-xs">
          <strong>{t("observers.reply", { date: formatDate(f.reply.date, locale) })}</strong>{" "}
          {f.reply.text} <SourceLinks ids={f.reply.sourceIds} sources={sources} locale={locale} />
        </p>
      )}
    </div>
  );
}
