import type { ElectionRevision } from "@/lib/data/dataset";
import type { ElectionFindings } from "@/lib/data/observers";
import type { Source } from "@/lib/data/schemas";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { observersPath } from "@/lib/site";

import { electionLabel } from "./election-heading";
import { FindingItem } from "./finding-item";
import { ObserverCounts } from "./observer-counts";

/** Every vote's findings, mission by mission, each vote under an anchor of its own. */
export function ObserverList({
  elections,
  counts = {},
  sources,
  locale,
}: {
  elections: ElectionFindings[];
  /** Observers accredited for each vote (by election id), where its revision states them. */
  counts?: Record<string, NonNullable<ElectionRevision["observers"]>>;
  sources: Source[];
  locale: Locale;
}) {
  const t = translator(locale);
  return (
    <div className="space-y-8">
      {elections.map((e) => (
        <section
          key={e.election}
          id={e.election}
          aria-labelledby={`${e.election}-heading`}
          className="scroll-mt-4"
        >
          <h2 id={`${e.election}-heading`} className="text-lg font-semibold">
            {electionLabel(e, locale)}{" "}
            <a
              href={observersPath(locale, e.election)}
              className="text-muted text-sm font-normal"
              aria-label={t("observers.permalink")}
            >
              #
            </a>
          </h2>
          {counts[e.election] && (
            <ObserverCounts observers={counts[e.election]!} sources={sources} locale={locale} />
          )}
          <div className="mt-3 space-y-5">
            {e.missions.map(({ mission, findings }) => (
              <div key={mission}>
                <h3 className="text-base font-semibold">{t(`observers.missions.${mission}`)}</h3>
                <ul className="mt-2 space-y-4">
                  {findings.map((f) => (
                    <li key={f.id}>
                      <FindingItem finding={f} sources={sources} locale={locale} />
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
