import { ChartFigure } from "@/components/charts/chart-figure";
import { Card } from "@/components/ui/card";
import type { ChartModel } from "@/lib/charts/model/model";
import type { RegionProfile } from "@/lib/charts/model/region-profile";
import type { ChartParams } from "@/lib/charts/view/url-codec";
import type { Source } from "@/lib/data/schemas";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { chartPath, homePath, regionPath } from "@/lib/site";
import { LanguageSwitch } from "@/components/i18n/language-switch";

import { RegionReleases } from "./region-releases";

/** A region's or city's page: its curve against the country's, its rank and changes, its sources. */
export function RegionView({
  profile,
  curve,
  curveParams,
  permalink,
  sources,
  others,
  locale,
}: {
  locale: Locale;
  profile: RegionProfile;
  curve: ChartModel;
  curveParams: ChartParams;
  permalink: string;
  sources: Source[];
  /** Every unit, for the links to the others. */
  others: { id: string; name: string }[];
}) {
  const t = translator(locale);
  const { unit, releases } = profile;
  const used = (s: Source) =>
    releases.filter((r) => r.sourceIds.includes(s.id)).map((r) => r.release);
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-6 sm:px-6 sm:py-10">
      <div className="no-print flex flex-wrap items-start justify-between gap-2 text-sm">
        <p>
          <a href={homePath(locale)}>{t("nav.back")}</a> ·{" "}
          <a href={chartPath(locale, "kz-2022-turnout-map")}>{t("region.mapLink")}</a>
        </p>
        <LanguageSwitch locale={locale} pathIn={(l) => regionPath(l, unit.id)} />
      </div>
      <h1 className="mt-4 text-xl font-semibold sm:text-2xl">{unit.name}</h1>
      <p className="mt-2 text-sm">{profile.summary}</p>
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
          <RegionReleases name={unit.name} releases={releases} locale={locale} />
        </Card>
        <Card>
          <h2 className="text-base font-semibold" id="sources">
            {t("region.sources")}
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {sources.map((s) => (
              <li key={s.id}>
                {/* Underlined: in a line of plain text, colour alone does not mark a link. */}
                <a href={s.url} rel="noopener noreferrer" className="underline" lang="en">
                  {s.title}
                </a>
                {` · ${s.publisher}${s.published ? `, ${formatDate(s.published, locale)}` : ""} · ${t("region.usedReleases", { count: used(s).length, releases: used(s).join(", ") })}`}
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
  );
}
