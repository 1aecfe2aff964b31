import { ChartFigure } from "@/components/charts/chart-figure";
import { SourceLink } from "@/components/ui/source-link";
import { Card } from "@/components/ui/card";
import type { ChartModel } from "@/lib/charts/model/model";
import type { RegionProfile } from "@/lib/charts/model/region-profile";
import type { RegionVotes as RegionVotesModel } from "@/lib/charts/model/region-votes";
import type { ChartParams } from "@/lib/charts/view/url-codec";
import type { FormerName } from "@/lib/data/names-schema";
import type { Source } from "@/lib/data/schemas";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { resolveText, type TextContext } from "@/lib/text/resolve-text";
import type { Text } from "@/lib/text/text";
import { chartPath, regionPath, sourceAnchor, turnoutChecksPath } from "@/lib/site";
import { SiteHeader } from "@/components/site/site-header";

import { RegionFindings } from "@/components/observers/region-findings";
import type { ObserverFinding } from "@/lib/data/observers-schema";

import { FormerNames } from "./former-names";
import { RegionJsonLd } from "./region-json-ld";
import { RegionReleases } from "./region-releases";
import { RegionVotes } from "./region-votes";

/** A region's or city's page: its curve against the country's, its rank and changes, its sources. */
export function RegionView({
  profile,
  votes,
  curve,
  curveParams,
  permalink,
  sources,
  others,
  formerly,
  locale,
  text,
  observers,
  alternateNames,
}: {
  locale: Locale;
  /** The unit's name in the other two languages. */
  alternateNames: string[];
  /** Observers' findings on this unit's votes' turnout, and those naming it, with their sources. */
  observers: { turnout: ObserverFinding[]; naming: ObserverFinding[]; sources: Source[] };
  /** What the models' Text is put into words with: the data as this page's reader sees it. */
  text: TextContext;
  profile: RegionProfile;
  /** The unit at every vote with regional turnout; undefined when none has it. */
  votes: RegionVotesModel | undefined;
  curve: ChartModel;
  curveParams: ChartParams;
  permalink: string;
  sources: Source[];
  /** Every unit, for the links to the others. */
  others: { id: string; name: string }[];
  /** Names the unit bore before its current one. */
  formerly: FormerName[];
}) {
  const t = translator(locale);
  const w = (x: Text) => resolveText(x, text);
  const { releases } = profile;
  const unit = { id: profile.unit.id, name: w(profile.unit.name) };
  const summary = w(profile.summary);
  // What each source is cited for on this page: the day's releases, the votes, the new regions.
  const usedFor = (s: Source) => {
    const day = releases.filter((r) => r.sourceIds.includes(s.id)).map((r) => w(r.release));
    const voted = votes?.rows.filter((r) => r.sourceIds.includes(s.id)).map((r) => w(r.vote)) ?? [];
    const lineage = votes?.lineageSourceIds.includes(s.id)
      ? [votes.createdFrom, ...votes.splitOff].flatMap((l) => (l ? [w(l.date)] : []))
      : [];
    return [
      day.length ? t("region.usedReleases", { count: day.length, releases: day.join(", ") }) : "",
      voted.length ? t("regionVotes.usedVotes", { votes: voted.join("; ") }) : "",
      lineage.length
        ? t("regionVotes.usedLineage", { date: [...new Set(lineage)].join(", ") })
        : "",
    ]
      .filter(Boolean)
      .join(" · ");
  };
  return (
    <>
      <SiteHeader locale={locale} pathIn={(l) => regionPath(l, unit.id)} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-6 sm:px-6 sm:py-10">
        <RegionJsonLd
          unit={unit}
          summary={summary}
          alternateNames={alternateNames}
          votes={votes}
          sources={sources}
          text={text}
        />
        <p className="no-print text-sm">
          <a href={chartPath(locale, "kz-2022-turnout-map")}>{t("region.mapLink")}</a>
        </p>
        {/* A heading starts with a capital, as a sentence does: «Город Астана», «Область Абай». */}
        <h1 className="mt-4 text-xl font-semibold sm:text-2xl">
          {t("region.heading", { name: unit.name })}
        </h1>
        <FormerNames formerly={formerly} locale={locale} />
        <p className="mt-2 text-sm">{summary}</p>
        <div className="mt-4 space-y-4">
          <ChartFigure
            model={curve}
            sources={sources}
            permalink={permalink}
            downloads={curveParams}
            loadChart="interaction"
            headingLevel={2}
          />
          <Card>
            <h2 className="text-base font-semibold">{t("region.releasesTitle")}</h2>
            <p className="text-muted text-xs">
              {t("region.releasesIntro", { count: releases[0]?.of ?? 20 })}
            </p>
            <RegionReleases name={unit.name} releases={releases} locale={locale} text={text} />
          </Card>
          {votes && <RegionVotes votes={votes} sources={sources} locale={locale} text={text} />}
          <p className="no-print text-sm">
            <a href={turnoutChecksPath(locale)} className="underline">
              {t("checks.linkLine")}
            </a>
          </p>
          <RegionFindings {...observers} locale={locale} />
          <Card>
            <h2 className="text-base font-semibold" id="sources">
              {t("region.sources")}
            </h2>
            <ul className="mt-2 space-y-1 text-sm">
              {sources.map((s) => (
                <li key={s.id} id={sourceAnchor(s.id)}>
                  <SourceLink source={s} locale={locale} />
                  {` · ${s.publisher}${s.published ? `, ${formatDate(s.published, locale)}` : ""} · ${usedFor(s)}`}
                </li>
              ))}
            </ul>
          </Card>
          <nav aria-label={t("region.others")} className="no-print text-sm">
            <h2 className="text-base font-semibold">{t("region.others")}</h2>
            <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1">
              {others.map((o) => (
                <li key={o.id}>
                  <a
                    href={regionPath(locale, o.id)}
                    aria-current={o.id === unit.id ? "page" : undefined}
                  >
                    {o.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </main>
    </>
  );
}
