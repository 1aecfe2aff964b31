import type { DashboardData } from "@/lib/data/loader";
import { toElectionFindings } from "@/lib/data/observers";
import { translator } from "@/lib/i18n/translate";
import { observersPath } from "@/lib/site";

import { electionLabel } from "./election-heading";
import { FindingItem } from "./finding-item";

/**
 * The dashboard's short form, beside a vote's results: one line per mission (its first finding),
 * the rest behind a disclosure that works without JavaScript, and a link to the full page.
 */
export function ObserverDigest({ data, election: id }: { data: DashboardData; election: string }) {
  const election = toElectionFindings(data).find((e) => e.election === id);
  if (!election) return null;
  const { locale, sources } = data;
  const t = translator(locale);
  const heading = `observers-${id}`;
  return (
    <section
      aria-labelledby={heading}
      className="border-border mt-6 border-t pt-4"
      data-observers={election.election}
    >
      <h3 id={heading} className="text-base font-semibold">
        {t("observers.digestTitle")}: {electionLabel(election, locale)}
      </h3>
      <ul className="mt-2 space-y-3">
        {election.missions.map(({ mission, findings: [first, ...rest] }) => (
          <li key={mission}>
            <FindingItem finding={first!} sources={sources} locale={locale} mission />
            {rest.length > 0 && (
              <details className="mt-1">
                <summary className="cursor-pointer text-xs underline">
                  {t("observers.more", { count: rest.length })}
                </summary>
                <div className="mt-2 space-y-3 pl-3">
                  {rest.map((f) => (
                    <FindingItem key={f.id} finding={f} sources={sources} locale={locale} />
                  ))}
                </div>
              </details>
            )}
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm">
        <a href={observersPath(locale, election.election)}>{t("observers.all")} →</a>
      </p>
    </section>
  );
}
