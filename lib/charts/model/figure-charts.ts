import { isSingleSourceFigure } from "../../data/single-source";
import type { MessageKey } from "../../i18n/translate";
import type { DerivedFigure, Figure, Unit } from "../../data/schemas";
import { join, msg, num, type Text } from "../../text/text";
import { spanOf } from "./coverage";
import type { ChartDraft, DraftRow, SectionId } from "./model";
import type { ChartData } from "./words";
import { SERIES_ROLE_COLORS } from "./series-roles";

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

/*
 * No figure these charts show is an ordinal, whose Russian ending agrees with its noun's gender: that
 * gender lives in data/translations/ru.json, so a draft (the same in every language) cannot carry it
 * (figure-charts.test.ts fails when one is added).
 */
function stated(f: AnyFigure): Text {
  return num(f.value, f.unit, 0, { qualifier: f.qualifier });
}

/** The figure in words, as a screen reader should say it: "more than $45 billion". */
function said(f: AnyFigure): Text {
  return num(f.value, f.unit, 0, { qualifier: f.qualifier, inWords: true });
}

/** One sentence per figure: each starts with its label, so none begins in lower case after a «;». */
function list(figures: AnyFigure[]): Text[] {
  return figures.map((f) =>
    msg("figures.summaryItem", {
      label: { figure: f.id, field: "label" },
      value: said(f),
      period: { period: f.period },
    }),
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
function citation(f: AnyFigure, data: ChartData): Text {
  if ("locator" in f) {
    const article = data.sources.some((s) => s.id === data.figuresSourceId);
    return article ? { source: data.figuresSourceId, locator: f.locator } : join([], "; ");
  }
  return join(
    data.sources.filter((s) => f.sourceIds.includes(s.id)).map((s) => ({ source: s.id })),
    "; ",
  );
}

function cardsChart(spec: FigureChartSpec, figures: AnyFigure[], data: ChartData) {
  const rows: DraftRow[] = figures.map((f) => ({
    figure: { figure: f.id, field: "label" },
    stated: stated(f),
    value: f.value,
    unit: f.unit,
    period: f.period,
    source: citation(f, data),
    said: said(f),
    figureId: f.id,
  }));
  return {
    kind: "cards" as const,
    rows,
    table: [
      { key: "figure", label: msg("columns.figure") },
      { key: "stated", label: msg("columns.stated") },
      { key: "value", label: msg("columns.value"), unit: spec.unit },
      {
        key: "unit",
        label: msg("columns.unitOfMeasure"),
        onNarrow: "under-index" as const,
        // The file keeps the unit's code; the page names it in the reader's language.
        shown: Object.fromEntries(figures.map((f) => [f.unit, msg(`units.${f.unit}`)])),
      },
      { key: "period", label: msg("columns.period"), onNarrow: "under-index" as const },
      { key: "source", label: msg("columns.source"), onNarrow: "under-index" as const },
    ],
    summary: join([...list(figures), msg("charts.cardsApart")], " "),
    height: 160,
  };
}

function barChart(spec: FigureChartSpec, figures: AnyFigure[]) {
  return {
    kind: "bar" as const,
    rows: figures.map((f): DraftRow => ({
      figure: { figure: f.id, field: "label" },
      value: f.value,
      stated: stated(f),
      figureId: f.id,
    })),
    table: [
      { key: "figure", label: msg("columns.figure") },
      { key: "stated", label: msg("columns.stated") },
      { key: "value", label: msg("columns.value"), unit: spec.unit },
    ],
    summary: join(list(figures), " "),
    height: 40 + figures.length * 44,
  };
}

/**
 * A chart of some of the article's figures: bars labelled as stated ("> 6,000") when they measure
 * one thing, or one card per figure when they do not. A draft: labels, numbers and citations are
 * Text, put into words by localizeChart.
 */
export function figureChart(
  id: string,
  data: ChartData & { derived: DerivedFigure[] },
): ChartDraft | undefined {
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
    section: spec.section,
    // Derived figures have no period of their own: they are computed from the figures beside them.
    coverage: spanOf(figures.flatMap((f) => ("period" in f ? [f.period] : []))),
    title: msg(`charts.${spec.id}.title` as MessageKey),
    subtitle: msg(`charts.${spec.id}.subtitle` as MessageKey),
    layout: "vertical",
    indexKey: "figure",
    series: [{ key: "value", label: msg("columns.value"), color: SERIES_ROLE_COLORS.count }],
    unit: spec.unit,
    decimals: 0,
    valueLabelKey: "stated",
    sourceIds,
    singleSource: figures.every(isSingleSourceFigure),
    ...(spec.kind === "cards" ? cardsChart(spec, figures, data) : barChart(spec, figures)),
  };
}
