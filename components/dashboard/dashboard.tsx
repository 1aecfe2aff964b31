import { buildCharts } from "@/lib/charts/model/build-charts";
import type { SectionId } from "@/lib/charts/model/model";
import type { DashboardData } from "@/lib/data/loader";
import { latestRevision } from "@/lib/data/dataset";
import { toRevisionState } from "@/lib/revisions/current";
import { electionStatusText } from "@/lib/text/revision-text";
import { textIn } from "@/lib/text/resolve-text";
import { formatDate } from "@/lib/format";
import { toSourceUsage } from "@/lib/data/source-usage";
import { toDashboardCitation } from "@/lib/export/page-citation";
import { translator } from "@/lib/i18n/translate";
import { CiteBox } from "@/components/cite/cite-box";
import { JsonLd } from "@/components/ui/json-ld";

import { LiveUpdates } from "@/components/live/live-updates";
import { ObserverDigest } from "@/components/observers/observer-digest";

import { turnoutChecksPath } from "@/lib/site";

import { ChartGrid } from "./chart-grid";
import { DataDownloads } from "./data-downloads";
import { DerivedList } from "./derived-list";
import { FigureList } from "./figure-list";
import { DashboardHeader } from "./header";
import { Section } from "./section";
import { SourcesList } from "./sources-list";
import { SummaryCards } from "./summary-cards";
import { Timeline } from "./timeline";
import { TwinCities } from "./twin-cities";

/** The whole dashboard, rendered on the server from validated data. */
export function Dashboard({ data }: { data: DashboardData }) {
  const { locale } = data;
  const t = translator(locale);
  const charts = buildCharts(data);
  const inSection = (id: SectionId) => charts.filter((c) => c.section === id);
  const article = data.sources.find((s) => s.id === data.figuresSourceId);
  const byCategory = (c: string) => data.figures.filter((f) => f.category === c);
  const headline = data.elections.find((e) => e.meta.id === "kz-2022-presidential");
  const headRev = headline ? latestRevision(headline.revisions) : undefined;
  // By instant, not by text: revisions carry different offsets.
  const newest = toRevisionState(data).updatedAt;
  const cite = toDashboardCitation(data, {
    title: t("site.title"),
    description: t("site.description"),
    charts,
  });
  const status = headRev ? textIn(electionStatusText(headRev), locale) : t("status.noResult");

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <DashboardHeader
        asOf={newest ? formatDate(newest, locale) : t("header.unknownDate")}
        status={status}
        article={article}
        locale={locale}
      />
      <main id="main">
        <JsonLd data={cite.jsonLd} />
        <SummaryCards data={data} />
        <Section
          id="election"
          title={t("sections.election.title")}
          intro={t("sections.election.intro")}
        >
          <ChartGrid
            charts={inSection("election")}
            sources={data.sources}
            wide={["kz-2022-turnout-intraday", "kz-2022-turnout-map", "kz-2022-turnout-regions"]}
          />
          <p className="no-print mt-4 text-sm">
            <a href={turnoutChecksPath(locale)} className="underline">
              {t("checks.linkLine")}
            </a>
          </p>
          <ObserverDigest data={data} election="kz-2022-presidential" />
          <ObserverDigest data={data} election="kz-2019-presidential" />
          <h3 className="mt-8 text-lg font-semibold">{t("sections.election.derived")}</h3>
          <div className="mt-3">
            <DerivedList
              figures={data.derived.filter((f) => f.category === "election")}
              locale={locale}
            />
          </div>
        </Section>
        <Section
          id="parliament"
          title={t("sections.parliament.title")}
          intro={t("sections.parliament.intro")}
        >
          <ChartGrid charts={inSection("parliament")} sources={data.sources} />
          <ObserverDigest data={data} election="kz-2023-mazhilis" />
        </Section>
        <Section
          id="campaign"
          title={t("sections.campaign.title")}
          intro={t("sections.campaign.intro")}
        >
          <ChartGrid charts={inSection("campaign")} sources={data.sources} />
        </Section>
        <Section
          id="economy"
          title={t("sections.economy.title")}
          intro={t("sections.economy.intro")}
        >
          <ChartGrid charts={inSection("economy")} sources={data.sources} />
          <div className="mt-4">
            <FigureList figures={byCategory("economy")} source={article} locale={locale} />
          </div>
          <div className="mt-4 lg:w-1/2">
            <TwinCities
              data={data.twinCities}
              source={data.sources.find((s) => s.id === data.twinCities.sourceId)}
              locale={locale}
            />
          </div>
        </Section>
        <Section
          id="diplomacy"
          title={t("sections.diplomacy.title")}
          intro={t("sections.diplomacy.intro")}
        >
          <div className="grid gap-6 lg:grid-cols-[2fr_3fr]">
            <Timeline events={data.events} sources={data.sources} locale={locale} />
            <FigureList
              figures={byCategory("diplomacy")}
              source={article}
              columns={2}
              locale={locale}
            />
          </div>
        </Section>
        <Section
          id="society"
          title={t("sections.society.title")}
          intro={t("sections.society.intro")}
        >
          <FigureList figures={byCategory("society")} source={article} locale={locale} />
        </Section>
        <Section
          id="sources"
          title={t("sections.sources.title")}
          intro={t("sections.sources.intro")}
        >
          <div className="mb-6 grid items-start gap-4 lg:grid-cols-2">
            <DataDownloads elections={data.elections} locale={locale} />
            <CiteBox citations={cite.citations} what={t("cite.dashboard")} locale={locale} />
          </div>
          <SourcesList sources={data.sources} usage={toSourceUsage(data)} locale={locale} />
        </Section>
      </main>
      <LiveUpdates data={data} />
    </div>
  );
}
