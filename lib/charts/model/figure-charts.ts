import { isSingleSourceFigure } from "../../data/single-source";
import { formatCitation } from "../../data/figure-source";
import { formatFigure, formatFigureInWords, formatPeriod } from "../../format";
import type { Locale } from "../../i18n/locale";
import { translator, type MessageKey } from "../../i18n/translate";
import type { DerivedFigure, Figure, Unit } from "../../data/schemas";
import type { ChartModel, ChartRow, SectionId } from "./model";
import type { ChartData } from "./words";

type AnyFigure = Figure | DerivedFigure;

interface FigureChartSpec {
  id: string;
  section: SectionId;
  unit: Unit;
  figureIds: string[];
  /**
   * "bar": one quantity measured alike, so bar lengths compare. "cards": different quantities (a
   * year's trade flow and an investment stock; counts of regions, projects and city pairs), each
   * shown on its own, as stated, with nothing that reads as a comparison of magnitudes.
   */
  kind: "bar" | "cards";
}

function stated(f: AnyFigure, locale: Locale): string {
  return formatFigure(f.value, f.unit, f.qualifier, 0, locale, f.gender);
}

/** The figure in words, as a screen reader should say it: "more than $45 billion". */
function said(f: AnyFigure, locale: Locale): string {
  return formatFigureInWords(f.value, f.unit, f.qualifier, 0, locale, f.gender);
}

function list(figures: AnyFigure[], locale: Locale): string {
  return (
    figures
      .map((f) => `${f.label}: ${said(f, locale)} (${formatPeriod(f.period, locale)})`)
      .join("; ") + "."
  );
}

const SPECS: FigureChartSpec[] = [
  {
    // Members of the national headquarters and of the local ones: people, counted on the same day,
    // in the same campaign; the bars compare like with like.
    id: "campaign-members",
    section: "campaign",
    unit: "people",
    figureIds: ["campaign-hq-republican-members", "campaign-hq-network-members"],
    kind: "bar",
  },
  {
    id: "economy-money",
    section: "economy",
    unit: "usd",
    figureIds: ["brics-trade-2021", "russian-investment-total"],
    kind: "cards",
  },
  {
    id: "economy-partners",
    section: "economy",
    unit: "count",
    figureIds: ["russian-regions-with-direct-ties", "joint-investment-projects", "twin-city-pairs"],
    kind: "cards",
  },
];

/** Where each figure can be checked: the article's section and paragraph, or the sources of a derived one. */
function citation(f: AnyFigure, data: ChartData): string {
  if ("locator" in f) {
    const article = data.sources.find((s) => s.id === data.figuresSourceId);
    return article ? formatCitation(article, f.locator, data.locale) : "";
  }
  return data.sources
    .filter((s) => f.sourceIds.includes(s.id))
    .map((s) => formatCitation(s, undefined, data.locale))
    .join("; ");
}

function cardsChart(spec: FigureChartSpec, figures: AnyFigure[], data: ChartData) {
  const { locale } = data;
  const t = translator(locale);
  const rows: ChartRow[] = figures.map((f) => ({
    figure: f.label,
    stated: stated(f, locale),
    value: f.value,
    unit: f.unit,
    period: f.period,
    source: citation(f, data),
    said: said(f, locale),
    figureId: f.id,
  }));
  return {
    kind: "cards" as const,
    rows,
    table: [
      { key: "figure", label: t("columns.figure") },
      { key: "stated", label: t("columns.stated") },
      { key: "value", label: t("columns.value"), unit: spec.unit },
      {
        key: "unit",
        label: t("columns.unitOfMeasure"),
        onNarrow: "under-index" as const,
        // The file keeps the unit's code; the page names it in the reader's language.
        shown: Object.fromEntries(figures.map((f) => [f.unit, t(`units.${f.unit}`)])),
      },
      { key: "period", label: t("columns.period"), onNarrow: "under-index" as const },
      { key: "source", label: t("columns.source"), onNarrow: "under-index" as const },
    ],
    summary: `${list(figures, locale)} ${t("charts.cardsApart")}`,
    height: 160,
  };
}

function barChart(spec: FigureChartSpec, figures: AnyFigure[], locale: Locale) {
  const t = translator(locale);
  return {
    kind: "bar" as const,
    rows: figures.map((f) => ({
      figure: f.label,
      value: f.value,
      stated: stated(f, locale),
      figureId: f.id,
    })),
    table: [
      { key: "figure", label: t("columns.figure") },
      { key: "stated", label: t("columns.stated") },
      { key: "value", label: t("columns.value"), unit: spec.unit },
    ],
    summary: list(figures, locale),
    height: 40 + figures.length * 44,
  };
}

/**
 * A chart of some of the article's figures: bars labelled as stated ("> 6,000") when they measure
 * one thing, or one card per figure when they do not.
 */
export function figureChart(
  id: string,
  data: ChartData & { derived: DerivedFigure[] },
): ChartModel | undefined {
  const t = translator(data.locale);
  const all: AnyFigure[] = [...data.figures, ...data.derived];
  const spec = SPECS.find((s) => s.id === id);
  if (!spec) return undefined;
  const figures = spec.figureIds.flatMap((id) => all.filter((f) => f.id === id));
  if (figures.length === 0) return undefined;
  const sourceIds = [
    ...new Set(figures.flatMap((f) => ("sourceIds" in f ? f.sourceIds : [data.figuresSourceId]))),
  ];
  return {
    id: spec.id,
    locale: data.locale,
    section: spec.section,
    title: t(`charts.${spec.id}.title` as MessageKey),
    subtitle: t(`charts.${spec.id}.subtitle` as MessageKey),
    layout: "vertical",
    indexKey: "figure",
    series: [{ key: "value", label: t("columns.value"), color: "chart-1" }],
    unit: spec.unit,
    decimals: 0,
    valueLabelKey: "stated",
    sourceIds,
    singleSource: figures.every(isSingleSourceFigure),
    ...(spec.kind === "cards"
      ? cardsChart(spec, figures, data)
      : barChart(spec, figures, data.locale)),
  };
}
