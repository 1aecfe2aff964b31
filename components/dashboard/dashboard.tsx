import { buildCharts } from "@/lib/charts/model/build-charts";
import { chartElection } from "@/lib/charts/model/coverage";
import type { ChartModel } from "@/lib/charts/model/model";
import type { DashboardData } from "@/lib/data/loader";
import { toRevisionState } from "@/lib/revisions/current";
import { formatDate } from "@/lib/format";
import { toDashboardCitation } from "@/lib/export/page-citation";
import { translator } from "@/lib/i18n/translate";
import { JsonLd } from "@/components/ui/json-ld";

import { LiveUpdates } from "@/components/live/live-updates";
import { ObserverDigest } from "@/components/observers/observer-digest";

import { sourcesPath, turnoutChecksPath } from "@/lib/site";

import { ArticleLines } from "./article-lines";
import { ChartGrid } from "./chart-grid";
import { ChartLinks } from "./chart-links";
import { DashboardHeader } from "./header";
import { HeadlineFacts } from "./headline-facts";
import { headline, HEADLINE_ELECTION, HeadlineResult } from "./headline-result";
import { Section } from "./section";

/**
 * The charts the dashboard draws, in reading order: the result, then where and when people voted.
 * Every other chart is one line linking to its own page, so the page stays a results page.
 */
const DRAWN = ["kz-2022-results", "kz-2022-turnout-map", "kz-2022-turnout-intraday"];

/** The dashboard: the result first, then the charts that explain it, then links to the rest. */
export function Dashboard({ data }: { data: DashboardData }) {
  const { locale } = data;
  const t = translator(locale);
  const charts = buildCharts(data);
  const drawn = DRAWN.flatMap((id) => charts.filter((c) => c.id === id));
  const vote = headline(data);
  const named = (section: string) =>
    charts.filter((c) => c.section === section && !DRAWN.includes(c.id));
  // A chart of one other vote (the referendum) is not more on this election: it is listed apart,
  // with the 2019 observers. Charts comparing votes stay with this one.
  const otherVote = (c: ChartModel) => {
    const election = chartElection(c, data)?.meta.id;
    return election !== undefined && election !== HEADLINE_ELECTION;
  };
  // By instant, not by text: revisions carry different offsets.
  const newest = toRevisionState(data).updatedAt;
  const cite = toDashboardCitation(data, {
    title: t("site.title"),
    description: t("site.description"),
    charts,
  });

  return (
    <div className="mx-auto max-w-6xl px-4 py-4 sm:px-6 sm:py-10">
      <DashboardHeader
        asOf={newest ? formatDate(newest, locale) : t("header.unknownDate")}
        locale={locale}
      />
      <main id="main">
        <JsonLd data={cite.jsonLd} />
        <section id="election" aria-label={t("sections.election.title")} className="mt-4">
          {/* On a wide screen the result and its counts stand beside the chart; on a phone the
              result comes above the chart and the counts after it, so the chart starts on the
              first screen. */}
          <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)] lg:grid-rows-[auto_1fr]">
            <HeadlineResult data={data} vote={vote} />
            <div className="lg:row-span-2">
              <ChartGrid
                charts={drawn.slice(0, 1)}
                sources={data.sources}
                wide={[DRAWN[0]!]}
                firstScreen
                statusStated={vote?.revision.id}
              />
            </div>
            <HeadlineFacts locale={locale} vote={vote} />
          </div>
          <div className="mt-4">
            <ChartGrid charts={drawn.slice(1)} sources={data.sources} wide={DRAWN} />
          </div>
          <h3 id="more-this" className="mt-6 text-base font-semibold">
            {t("home.more")}
          </h3>
          <ChartLinks
            charts={named("election").filter((c) => !otherVote(c))}
            labelledBy="more-this"
          >
            <li>
              <a href={turnoutChecksPath(locale)}>{t("checks.linkLine")}</a>
            </li>
            <ObserverDigest data={data} election={HEADLINE_ELECTION} />
          </ChartLinks>
          <h3 id="more-earlier" className="mt-6 text-base font-semibold">
            {t("home.earlier")}
          </h3>
          <ChartLinks charts={named("election").filter(otherVote)} labelledBy="more-earlier">
            <ObserverDigest data={data} election="kz-2019-presidential" />
          </ChartLinks>
        </section>
        <Section
          id="parliament"
          title={t("sections.parliament.title")}
          intro={t("sections.parliament.intro")}
        >
          <ChartLinks charts={named("parliament")}>
            <ObserverDigest data={data} election="kz-2023-mazhilis" />
          </ChartLinks>
        </Section>
        <ArticleLines data={data} />
        {/* Each chart's sources line links here (#sources): the full list is one click on. */}
        <Section id="sources" title={t("sections.sources.title")}>
          <p className="text-sm">
            <a href={sourcesPath(locale)}>{t("home.allSources", { count: data.sources.length })}</a>
          </p>
        </Section>
      </main>
      <LiveUpdates data={data} />
    </div>
  );
}
