import { SiteHeader } from "@/components/site/site-header";
import { SourceLink } from "@/components/ui/source-link";
import { Card } from "@/components/ui/card";
import { turnoutChecks } from "@/lib/checks/turnout-checks";
import type { DashboardData } from "@/lib/data/loader";
import { votesOf } from "@/lib/data/votes";
import { formatDate } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";
import { textContext } from "@/lib/text/resolve-text";
import { chartPath, sourceAnchor, turnoutChecksPath } from "@/lib/site";

import { MovesSection } from "./moves-section";
import { ReleasesSection } from "./releases-section";
import { SpreadSection } from "./spread-section";
import { checkWords } from "./words";

/** The checks on the turnout figures: spread, moves between votes, election-day releases, limits. */
export function TurnoutChecksView({ data }: { data: DashboardData }) {
  const { locale } = data;
  const t = translator(locale);
  const text = textContext(data);
  const votes = votesOf(data);
  const w = checkWords(text, votes);
  const checks = turnoutChecks(data);
  const voteOf = Object.fromEntries(votes.map((v) => [v.turnout.meta.id, v.id]));
  const closingIds = data.turnouts.flatMap((d) => d.meta.pollsClose?.sourceIds ?? []);
  const checked = new Set(checks.releases.map((c) => c.datasetId));
  // Every source a figure on the page comes from: each vote's regional release, each checked
  // day's releases, and the closing times.
  const cited = new Set([
    ...votes.flatMap((v) => v.regional.sourceIds),
    ...data.turnouts
      .filter((d) => checked.has(d.meta.id))
      .flatMap((d) => d.revisions.flatMap((r) => (r.units ? r.sourceIds : []))),
    ...closingIds,
  ]);
  const sources = data.sources.filter((s) => cited.has(s.id));
  return (
    <>
      <SiteHeader locale={locale} pathIn={turnoutChecksPath} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-6 sm:px-6 sm:py-10">
        <p className="no-print text-sm">
          <a href={chartPath(locale, "kz-2022-turnout-map")}>{t("region.mapLink")}</a>
        </p>
        <h1 className="mt-4 text-xl font-semibold sm:text-2xl">{t("checks.title")}</h1>
        <p className="mt-2 text-sm">{t("checks.intro")}</p>
        <div className="mt-4 space-y-4">
          <SpreadSection spreads={checks.spreads} w={w} locale={locale} />
          <MovesSection moves={checks.moves} w={w} locale={locale} />
          <ReleasesSection
            checks={checks.releases}
            voteOf={voteOf}
            closingSources={data.sources.filter((s) => closingIds.includes(s.id))}
            w={w}
            locale={locale}
          />
          <Card>
            <section id="limits" aria-labelledby="limits-title">
              <h2 id="limits-title" className="text-base font-semibold">
                {t("checks.limits.title")}
              </h2>
              <p className="mt-2 text-sm">{t("checks.limits.body")}</p>
              <p className="mt-2 text-sm">{t("checks.limits.needs")}</p>
            </section>
          </Card>
          <Card>
            <h2 className="text-base font-semibold" id="sources">
              {t("checks.sources")}
            </h2>
            <ul className="mt-2 space-y-1 text-sm">
              {sources.map((s) => (
                <li key={s.id} id={sourceAnchor(s.id)}>
                  <SourceLink source={s} locale={locale} />
                  {` · ${s.publisher}${s.published ? `, ${formatDate(s.published, locale)}` : ""}`}
                </li>
              ))}
            </ul>
          </Card>
        </div>
      </main>
    </>
  );
}
