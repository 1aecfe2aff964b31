import { buildCharts } from "@/lib/charts/model/build-charts";
import type { ChartModel } from "@/lib/charts/model/model";
import type { DashboardData } from "@/lib/data/loader";
import { translator } from "@/lib/i18n/translate";

import { ChartGrid } from "./chart-grid";
import { DerivedList } from "./derived-list";
import { FigureList } from "./figure-list";
import { Section } from "./section";
import { SummaryCards } from "./summary-cards";
import { Timeline } from "./timeline";
import { TwinCities } from "./twin-cities";

/** The article's sections, in its order; each figure is shown once, in a chart or in a list. */
export const ARTICLE_SECTIONS = ["campaign", "economy", "diplomacy", "society"] as const;

/** The figures a chart draws, which the lists beside it then leave out. */
const drawnFigureIds = (charts: ChartModel[]) =>
  new Set(charts.flatMap((c) => c.rows.map((r) => r.figureId).filter((id) => id !== undefined)));

/**
 * The figures of the article and those computed from the results: the charts that draw some of
 * them, the rest as cards, the year's events and the twin cities, section by section.
 */
export function ArticleFigures({ data }: { data: DashboardData }) {
  const { locale } = data;
  const t = translator(locale);
  const charts = buildCharts(data);
  const inSection = (id: string) => charts.filter((c) => c.section === id);
  const drawn = drawnFigureIds(charts.filter((c) => c.kind === "cards" || c.kind === "bar"));
  const article = data.sources.find((s) => s.id === data.figuresSourceId);
  const listed = (c: string) => data.figures.filter((f) => f.category === c && !drawn.has(f.id));
  return (
    <>
      <SummaryCards data={data} figures={listed("election")} />
      <Section
        id="derived"
        title={t("sections.election.derived")}
        intro={t("figuresPage.derivedIntro")}
      >
        <DerivedList
          figures={data.derived.filter((f) => f.category === "election" && !drawn.has(f.id))}
          locale={locale}
        />
      </Section>
      {ARTICLE_SECTIONS.map((id) => (
        <Section
          key={id}
          id={id}
          title={t(`sections.${id}.title`)}
          intro={t(`sections.${id}.intro`)}
        >
          {id === "diplomacy" && (
            <Timeline events={data.events} sources={data.sources} locale={locale} />
          )}
          <ChartGrid charts={inSection(id)} sources={data.sources} />
          {listed(id).length > 0 && (
            <div className="mt-4">
              <FigureList figures={listed(id)} source={article} locale={locale} />
            </div>
          )}
          {id === "economy" && (
            <div className="mt-4 lg:w-1/2">
              <TwinCities
                data={data.twinCities}
                source={data.sources.find((s) => s.id === data.twinCities.sourceId)}
                locale={locale}
              />
            </div>
          )}
        </Section>
      ))}
    </>
  );
}
