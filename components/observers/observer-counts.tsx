import { OneSourceTag } from "@/components/ui/one-source-tag";
import type { ElectionRevision } from "@/lib/data/dataset";
import type { Source } from "@/lib/data/schemas";
import { isSingleSourceCount } from "@/lib/data/single-source";
import { formatFigureInWords, formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

import { SourceLinks } from "./finding-item";

/**
 * How many international observers were accredited for a vote, as its revision states it with its
 * sources, and any other total a report gave, with that report's sources: said side by side, since
 * no document found settles which is right.
 */
export function ObserverCounts({
  observers: o,
  sources,
  locale,
}: {
  observers: NonNullable<ElectionRevision["observers"]>;
  sources: Source[];
  locale: Locale;
}) {
  const t = translator(locale);
  const n = (value: number) => formatNumber(value, "count", 0, locale);
  return (
    <div className="mt-2 space-y-1 text-sm" data-observer-counts>
      <p>
        {t("observers.accredited", {
          total: n(o.total),
          fromOrganisations: n(o.fromOrganisations),
          organisations: n(o.organisations),
          fromCountries: n(o.fromCountries),
          countries: n(o.countries),
        })}{" "}
        <SourceLinks ids={o.sourceIds} sources={sources} locale={locale} />
        {isSingleSourceCount(o.sourceIds) && <OneSourceTag locale={locale} />}
      </p>
      {o.otherReadings?.map((r, i) => (
        <p key={i} data-other-reading>
          {t("observers.otherReading", {
            total: formatFigureInWords(r.total, "count", r.qualifier, 0, locale),
          })}{" "}
          <SourceLinks ids={r.sourceIds} sources={sources} locale={locale} />
          {isSingleSourceCount(r.sourceIds) && <OneSourceTag locale={locale} />}
        </p>
      ))}
    </div>
  );
}
