import type { DashboardData } from "@/lib/data/loader";
import { formatNumber } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";
import { chartPath } from "@/lib/site";

import { headline } from "./headline-result";

/** The chart whose page carries these counts' sources and data. */
const SOURCE_CHART = "kz-2022-electorate";

/**
 * The counts behind the headline's turnout: who could vote, who took a ballot, and where. Read from
 * the same revision as the headline; the polling stations only where that revision states them.
 */
export function HeadlineFacts({ data }: { data: DashboardData }) {
  const shown = headline(data);
  if (!shown) return null;
  const { locale } = data;
  const t = translator(locale);
  const { electorate, pollingStations: stations } = shown.revision;
  const count = (n: number) => formatNumber(n, "votes", 0, locale);
  const facts = [
    {
      id: "registered",
      label: t("charts.kz-2022-electorate.registered"),
      value: electorate.registeredVoters,
    },
    electorate.ballotsIssued === undefined
      ? undefined
      : {
          id: "issued",
          label: t("charts.kz-2022-electorate.issued"),
          value: electorate.ballotsIssued,
        },
    stations && { id: "stations", label: t("home.facts.stations"), value: stations.total },
  ].filter((f) => f !== undefined);
  return (
    <section
      aria-labelledby="facts-heading"
      className="border-border bg-card rounded-lg border p-4"
      data-headline-facts
    >
      <h3 id="facts-heading" className="text-muted text-sm font-medium">
        {t("home.facts.title")}
      </h3>
      <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-3">
        {facts.map((f) => (
          // The stations' line on those abroad needs the card's width.
          <div
            key={f.id}
            data-fact={f.id}
            className={f.id === "stations" ? "col-span-2" : "flex flex-col"}
          >
            <dt className="text-muted flex-1 text-xs">{f.label}</dt>
            <dd className="text-xl font-semibold tabular-nums" data-value={f.value}>
              {count(f.value)}
            </dd>
            {f.id === "stations" &&
              stations?.abroad !== undefined &&
              stations.abroadCountries !== undefined && (
                <dd className="text-muted text-xs">
                  {t("home.facts.abroad", {
                    abroad: count(stations.abroad),
                    count: stations.abroadCountries,
                  })}
                </dd>
              )}
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm">
        <a href={`${chartPath(locale, SOURCE_CHART)}#sources`}>{t("home.facts.sources")}</a>
      </p>
    </section>
  );
}
