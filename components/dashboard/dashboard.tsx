import { buildCharts } from "@/lib/charts/model/build-charts";
import type { SectionId } from "@/lib/charts/model/model";
import type { DashboardData } from "@/lib/data/loader";
import { latestRevision } from "@/lib/data/dataset";
import { toRevisionState } from "@/lib/revisions/current";
import { electionStatusLabel } from "@/lib/data/revision-status";
import { formatDate } from "@/lib/format";
import { toSourceUsage } from "@/lib/data/source-usage";
import { toDashboardCitation } from "@/lib/export/page-citation";
import { SITE_DESCRIPTION, SITE_TITLE } from "@/lib/site";
import { CiteBox } from "@/components/cite/cite-box";
import { JsonLd } from "@/components/ui/json-ld";

import { LiveUpdates } from "@/components/live/live-updates";

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
  const charts = buildCharts(data);
  const inSection = (id: SectionId) => charts.filter((c) => c.section === id);
  const article = data.sources.find((s) => s.id === data.figuresSourceId);
  const byCategory = (c: string) => data.figures.filter((f) => f.category === c);
  const headline = data.elections.find((e) => e.meta.id === "kz-2022-presidential");
  const headRev = headline ? latestRevision(headline.revisions) : undefined;
  // By instant, not by text: revisions carry different offsets.
  const newest = toRevisionState(data).updatedAt;
  const cite = toDashboardCitation(data, {
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    charts,
  });
  const status = headRev ? electionStatusLabel(headRev) : "No result loaded";

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <DashboardHeader asOf={newest ? formatDate(newest) : "unknown"} status={status} />
      <main id="main">
        <JsonLd data={cite.jsonLd} />
        <SummaryCards data={data} />
        <Section
          id="election"
          title="Election 2022"
          intro="The official CEC result of the early presidential election, its turnout through the day and by region, and how it compares with 2019."
        >
          <ChartGrid
            charts={inSection("election")}
            sources={data.sources}
            wide={["kz-2022-turnout-intraday", "kz-2022-turnout-map", "kz-2022-turnout-regions"]}
          />
          <h3 className="mt-8 text-lg font-semibold">Computed from the results</h3>
          <div className="mt-3">
            <DerivedList figures={data.derived.filter((f) => f.category === "election")} />
          </div>
        </Section>
        <Section
          id="parliament"
          title="Parliament 2023"
          intro="The Mazhilis election of 19 March 2023 that completed the reorganisation begun in 2022."
        >
          <ChartGrid charts={inSection("parliament")} sources={data.sources} />
        </Section>
        <Section
          id="campaign"
          title="Campaign"
          intro="Tokayev's campaign headquarters, opened on 22 October 2022."
        >
          <ChartGrid charts={inSection("campaign")} sources={data.sources} />
        </Section>
        <Section
          id="economy"
          title="Economy and partners"
          intro="Trade and investment figures cited at the BRICS+ dialogue and during the Moscow visit."
        >
          <ChartGrid charts={inSection("economy")} sources={data.sources} />
          <div className="mt-4">
            <FigureList figures={byCategory("economy")} source={article} />
          </div>
          <div className="mt-4 lg:w-1/2">
            <TwinCities data={data.twinCities} />
          </div>
        </Section>
        <Section
          id="diplomacy"
          title="Diplomacy"
          intro="The forums, summits and visits of 2022, and the counts and ordinals the article gives for them."
        >
          <div className="grid gap-6 lg:grid-cols-[2fr_3fr]">
            <Timeline events={data.events} sources={data.sources} />
            <FigureList figures={byCategory("diplomacy")} source={article} columns={2} />
          </div>
        </Section>
        <Section
          id="society"
          title="Society"
          intro="Figures on Kazakhstan's society cited in speeches and the campaign programme."
        >
          <FigureList figures={byCategory("society")} source={article} />
        </Section>
        <Section
          id="sources"
          title="Sources and data"
          intro="Every source behind the figures above, with what each one is used for; the data to download, and how to cite it."
        >
          <div className="mb-6 grid items-start gap-4 lg:grid-cols-2">
            <DataDownloads elections={data.elections} />
            <CiteBox citations={cite.citations} what="this dashboard" />
          </div>
          <SourcesList sources={data.sources} usage={toSourceUsage(data)} />
        </Section>
      </main>
      <LiveUpdates data={data} />
    </div>
  );
}
