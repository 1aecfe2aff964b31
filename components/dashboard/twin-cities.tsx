import { SectionRef } from "@/components/dashboard/source-citation";
import type { Source, TwinCities as TwinCitiesData } from "@/lib/data/schemas";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

/** The Russian and Kazakh twin cities named during the Moscow visit. */
export function TwinCities({
  data,
  source,
  locale,
}: {
  data: TwinCitiesData;
  /** The article the pairs come from: its section headings are in its language. */
  source?: Source;
  locale: Locale;
}) {
  const t = translator(locale);
  return (
    <div className="border-border bg-card overflow-x-auto rounded-lg border p-4">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left font-semibold">{t("twinCities.caption")}</caption>
        <thead>
          <tr className="border-border border-b">
            <th scope="col" className="py-1 pr-2">
              {t("twinCities.russia")}
            </th>
            <th scope="col" className="py-1">
              {t("twinCities.kazakhstan")}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.pairs.map((p) => (
            <tr key={`${p.russia}-${p.kazakhstan}`} className="border-border/60 border-b">
              <td className="py-1 pr-2">{p.russia}</td>
              <td className="py-1">{p.kazakhstan}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-muted mt-2 text-xs">
        <SectionRef
          heading={data.locator.section}
          lang={source?.language ?? locale}
          paragraph={data.locator.paragraph}
          locale={locale}
        />
      </p>
    </div>
  );
}
