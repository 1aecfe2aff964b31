import { buildCharts } from "@/lib/charts/model/build-charts";
import type { DashboardData } from "@/lib/data/loader";
import { translator } from "@/lib/i18n/translate";

import { ChartLinks } from "./chart-links";
import { DerivedList } from "./derived-list";
import { FigureList } from "./figure-list";
import { Section } from "./section";
import { SummaryCards } from "./summary-cards";
import { Timeline } from "./timeline";
import { TwinCities } from "./twin-cities";

/** The article's sections, in its order. */
export const ARTICLE_SECTIONS = ["campaign", "economy", "diplomacy", "society"] as const;

/**
 * The figures of the article and those computed from the results, section by section: each figure
 * once, as a card with its source, and the charts drawn from some of them one link away.
 */
export function ArticleFigures({ data }: { data: DashboardData }) {
  const { locale } = data;
  const t = translator(locale);
  const charts = buildCharts(data);
  const article = data.sources.find((s) => s.id === data.figuresSourceId);
  const figures = (c: string) => data.figures.filter((f) => f.category === c);
  const derived = (c: string) => data.derived.filter((f) => f.category === c);
  return (
    <>
      <SummaryCards data={data} figures={figures("election")} />
      <Section
        id="derived"
        title={t("sections.election.derived")}
        intro={t("figuresPage.derivedIntro")}
      >
        <DerivedList figures={derived("election")} locale={locale} />
      </Section>
      {ARTICLE_SECTIONS.map((id) => (
        <Section
          key={id}
          id={id}
          title={t(`sections.${id}.title`)}
          intro={t(`sections.${id}.intro`)}
        >
          {id === "diplomacy" && (
            <div className="mb-6">
              <Timeline events={data.events} sources={data.sources} locale={locale} />
            </div>
          )}
          <FigureList figures={figures(id)} source={article} columns={5} locale={locale} />
          {derived(id).length > 0 && (
            <div className="mt-4">
              <DerivedList figures={derived(id)} locale={locale} />
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
          <ChartLinks charts={charts.filter((c) => c.section === id)} />
        </Section>
      ))}
    </>
  );
}
