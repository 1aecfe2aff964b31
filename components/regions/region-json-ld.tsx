import { JsonLd } from "@/components/ui/json-ld";
import { spanOf } from "@/lib/charts/model/coverage";
import type { RegionVotes } from "@/lib/charts/model/region-votes";
import type { Source } from "@/lib/data/schemas";
import { toRegionJsonLd } from "@/lib/export/json-ld";
import { toRegionPageJsonLd } from "@/lib/export/page-citation";
import { regionalCsvUrl } from "@/lib/export/package-paths";
import { translator } from "@/lib/i18n/translate";
import { homePath, regionPath, siteUrl } from "@/lib/site";
import { resolveText, type TextContext } from "@/lib/text/resolve-text";

/**
 * A region's page for search engines: the page, the unit as a place with its names in the three
 * languages, and its turnout at every vote as a Dataset, downloadable as the regional turnout files.
 */
export function RegionJsonLd({
  unit,
  summary,
  alternateNames,
  votes,
  sources,
  text,
}: {
  unit: { id: string; name: string };
  summary: string;
  alternateNames: string[];
  votes: RegionVotes | undefined;
  sources: Source[];
  text: TextContext;
}) {
  const { locale } = text;
  const t = translator(locale);
  const url = `${siteUrl()}${regionPath(locale, unit.id)}`;
  const rowSources = new Set(votes?.rows.flatMap((r) => r.sourceIds) ?? []);
  const data = toRegionJsonLd({
    page: toRegionPageJsonLd(unit, summary, locale),
    place: { url, name: unit.name, alternateNames },
    rows: votes && {
      name: `${t("region.heading", { name: unit.name })} · ${t("regionVotes.title")}`,
      description: resolveText(votes.summary, text),
      temporalCoverage: spanOf(votes.rows.map((r) => r.date)),
      sources: sources.filter((s) => rowSources.has(s.id)),
      links: {
        url,
        home: `${siteUrl()}${homePath(locale)}`,
        // With unit names in the page's language, as the page gives them.
        csv: regionalCsvUrl(locale === "en" ? null : locale),
        datapackage: `${siteUrl()}/api/regions/datapackage.json`,
        zip: `${siteUrl()}/api/regions/download.zip`,
      },
    },
    locale,
  });
  return <JsonLd data={data} />;
}
