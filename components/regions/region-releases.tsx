import { OneSourceTag } from "@/components/ui/one-source-tag";
import type { RegionRelease } from "@/lib/charts/model/region-profile";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { resolveText, type TextContext } from "@/lib/text/resolve-text";
import { chartPath } from "@/lib/site";
import { DEFAULT_CHART_PARAMS, toQueryString } from "@/lib/charts/view/url-codec";

const MAP_ID = "kz-2022-turnout-map";

/** The unit's releases as a table: turnout, change, rank, the country, and a link to the map then. */
export function RegionReleases({
  name,
  releases,
  locale,
  text,
}: {
  name: string;
  releases: RegionRelease[];
  locale: Locale;
  text: TextContext;
}) {
  const t = translator(locale);
  const num = (v: number, unit: "percent" | "points") => formatNumber(v, unit, 2, locale);
  const rows = releases.map((r) => ({ ...r, label: resolveText(r.release, text) }));
  return (
    <div
      className="max-w-full overflow-x-auto"
      tabIndex={0}
      role="region"
      aria-label={t("region.tableLabel", { name })}
    >
      <table className="[&_tbody_tr]:border-border/60 w-full border-collapse text-left text-xs sm:text-sm [&_tbody_tr]:border-b [&_td]:px-2 [&_td]:py-1 [&_td]:text-right [&_td]:whitespace-nowrap [&_td]:tabular-nums [&_th]:px-2 [&_th]:py-1">
        <caption className="sr-only">{t("region.tableCaption", { name })}</caption>
        <thead>
          <tr className="border-border border-b">
            <th scope="col">{t("columns.release")}</th>
            <th scope="col" className="text-right">
              {t("columns.turnout")}
            </th>
            <th scope="col" className="text-right">
              {t("region.change")}
            </th>
            <th scope="col" className="text-right">
              {t("region.rank")}
            </th>
            <th scope="col" className="text-right">
              {t("columns.kazakhstan")}
            </th>
            <th scope="col" className="text-right">
              {t("region.gap")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.revisionId}>
              <th scope="row" className="font-normal">
                <a
                  href={chartPath(
                    locale,
                    MAP_ID,
                    toQueryString({ ...DEFAULT_CHART_PARAMS, release: r.releaseId }),
                  )}
                  aria-label={t("region.mapAt", { release: r.label })}
                  className="underline"
                >
                  {r.label}
                </a>
                {r.singleSource && <OneSourceTag locale={locale} />}
              </th>
              <td>{num(r.turnout, "percent")}</td>
              <td>{r.change === null ? "–" : num(r.change, "points")}</td>
              <td>{t("region.rankOf", { rank: r.rank, of: r.of })}</td>
              <td>{num(r.national, "percent")}</td>
              <td>{num(r.gap, "points")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
