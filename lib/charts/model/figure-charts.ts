import type { DataSet } from "../../data/dataset";
import { formatCitation } from "../../data/figure-source";
import { formatFigure, formatPeriod, QUALIFIER_WORDS } from "../../format";
import type { DerivedFigure, Figure, Unit } from "../../data/schemas";
import type { ChartModel, ChartRow, SectionId } from "./model";

type AnyFigure = Figure | DerivedFigure;

interface FigureChartSpec {
  id: string;
  section: SectionId;
  title: string;
  subtitle: string;
  unit: Unit;
  figureIds: string[];
  /**
   * "bar": one quantity measured alike, so bar lengths compare. "cards": different quantities (a
   * year's trade flow and an investment stock; counts of regions, projects and city pairs), each
   * shown on its own, as stated, with nothing that reads as a comparison of magnitudes.
   */
  kind: "bar" | "cards";
}

function stated(f: AnyFigure): string {
  return formatFigure(f.value, f.unit, f.qualifier, 0);
}

/** The figure in words, as a screen reader should say it: "more than $45 billion". */
function said(f: AnyFigure): string {
  const words = QUALIFIER_WORDS[f.qualifier];
  return `${words ? `${words} ` : ""}${formatFigure(f.value, f.unit, "exact", 0)}`;
}

function list(figures: AnyFigure[]): string {
  return figures.map((f) => `${f.label}: ${said(f)} (${formatPeriod(f.period)})`).join("; ") + ".";
}

const SPECS: FigureChartSpec[] = [
  {
    // Members of the national headquarters and of the local ones: people, counted on the same day,
    // in the same campaign; the bars compare like with like.
    id: "campaign-members",
    section: "campaign",
    title: "People in Tokayev's 2022 campaign headquarters",
    subtitle: "People · when the headquarters opened, 22 Oct 2022",
    unit: "people",
    figureIds: ["campaign-hq-republican-members", "campaign-hq-network-members"],
    kind: "bar",
  },
  {
    id: "economy-money",
    section: "economy",
    title: "Trade with BRICS and Russian investment",
    subtitle: "US dollars · BRICS trade in 2021; Russian investment as of Nov 2022",
    unit: "usd",
    figureIds: ["brics-trade-2021", "russian-investment-total"],
    kind: "cards",
  },
  {
    id: "economy-partners",
    section: "economy",
    title: "Russian–Kazakh economic ties",
    subtitle: "Count · as stated during the Moscow visit, 28 Nov 2022",
    unit: "count",
    figureIds: ["russian-regions-with-direct-ties", "joint-investment-projects", "twin-city-pairs"],
    kind: "cards",
  },
];

/** Where each figure can be checked: the article's section and paragraph, or the sources of a derived one. */
function citation(f: AnyFigure, data: DataSet): string {
  if ("locator" in f) {
    const article = data.sources.find((s) => s.id === data.figuresSourceId);
    return article ? formatCitation(article, f.locator) : "";
  }
  return data.sources
    .filter((s) => f.sourceIds.includes(s.id))
    .map((s) => formatCitation(s))
    .join("; ");
}

function cardsChart(spec: FigureChartSpec, figures: AnyFigure[], data: DataSet) {
  const rows: ChartRow[] = figures.map((f) => ({
    figure: f.label,
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
      { key: "figure", label: "Figure" },
      { key: "stated", label: "As stated" },
      { key: "value", label: "Value", unit: spec.unit },
      { key: "unit", label: "Unit", onNarrow: "under-index" as const },
      { key: "period", label: "Period", onNarrow: "under-index" as const },
      { key: "source", label: "Source", onNarrow: "under-index" as const },
    ],
    summary: `${list(figures)} Each measures something different, so they are shown apart rather than compared.`,
    height: 160,
  };
}

function barChart(spec: FigureChartSpec, figures: AnyFigure[]) {
  return {
    kind: "bar" as const,
    rows: figures.map((f) => ({
      figure: f.label,
      value: f.value,
      stated: stated(f),
      figureId: f.id,
    })),
    table: [
      { key: "figure", label: "Figure" },
      { key: "stated", label: "As stated" },
      { key: "value", label: "Value", unit: spec.unit },
    ],
    summary: list(figures),
    height: 40 + figures.length * 44,
  };
}

/**
 * A chart of some of the article's figures: bars labelled as stated ("> 6,000") when they measure
 * one thing, or one card per figure when they do not.
 */
export function figureChart(
  id: string,
  data: DataSet & { derived: DerivedFigure[] },
): ChartModel | undefined {
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
    title: spec.title,
    subtitle: spec.subtitle,
    layout: "vertical",
    indexKey: "figure",
    series: [{ key: "value", label: "Value", color: "chart-1" }],
    unit: spec.unit,
    decimals: 0,
    valueLabelKey: "stated",
    sourceIds,
    ...(spec.kind === "cards" ? cardsChart(spec, figures, data) : barChart(spec, figures)),
  };
}
