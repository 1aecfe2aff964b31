import type { DataSet } from "../../data/dataset";
import { formatFigure, formatPeriod, QUALIFIER_WORDS } from "../../format";
import type { DerivedFigure, Figure, Unit } from "../../data/schemas";
import type { ChartModel, SectionId } from "./model";

type AnyFigure = Figure | DerivedFigure;

interface FigureChartSpec {
  id: string;
  section: SectionId;
  title: string;
  subtitle: string;
  unit: Unit;
  figureIds: string[];
  summary: (figures: AnyFigure[]) => string;
}

function stated(f: AnyFigure): string {
  return formatFigure(f.value, f.unit, f.qualifier, 0);
}

function list(figures: AnyFigure[]): string {
  return (
    figures
      .map(
        (f) =>
          `${f.label}: ${QUALIFIER_WORDS[f.qualifier] ? `${QUALIFIER_WORDS[f.qualifier]} ` : ""}${formatFigure(f.value, f.unit, "exact", 0)} (${formatPeriod(f.period)})`,
      )
      .join("; ") + "."
  );
}

const SPECS: FigureChartSpec[] = [
  {
    id: "campaign-members",
    section: "campaign",
    title: "People in Tokayev's 2022 campaign headquarters",
    subtitle: "People · when the headquarters opened, 22 Oct 2022",
    unit: "people",
    figureIds: ["campaign-hq-republican-members", "campaign-hq-network-members"],
    summary: list,
  },
  {
    id: "economy-money",
    section: "economy",
    title: "Trade with BRICS and Russian investment",
    subtitle: "US dollars · BRICS trade in 2021; Russian investment as of Nov 2022",
    unit: "usd",
    figureIds: ["brics-trade-2021", "russian-investment-total"],
    summary: list,
  },
  {
    id: "economy-partners",
    section: "economy",
    title: "Russian–Kazakh economic ties",
    subtitle: "Count · as stated during the Moscow visit, 28 Nov 2022",
    unit: "count",
    figureIds: ["russian-regions-with-direct-ties", "joint-investment-projects", "twin-city-pairs"],
    summary: list,
  },
];

/** A bar chart of some of the article's figures; each bar is labelled as stated ("> 30"). */
export function figureChart(
  id: string,
  data: DataSet & { derived: DerivedFigure[] },
): ChartModel | undefined {
  const all: AnyFigure[] = [...data.figures, ...data.derived];
  return SPECS.filter((spec) => spec.id === id).flatMap((spec) => {
    const figures = spec.figureIds.flatMap((id) => all.filter((f) => f.id === id));
    if (figures.length === 0) return [];
    const sourceIds = [
      ...new Set(figures.flatMap((f) => ("sourceIds" in f ? f.sourceIds : [data.figuresSourceId]))),
    ];
    return [
      {
        id: spec.id,
        section: spec.section,
        title: spec.title,
        subtitle: spec.subtitle,
        kind: "bar" as const,
        layout: "vertical" as const,
        indexKey: "figure",
        series: [{ key: "value", label: "Value", color: "chart-1" as const }],
        rows: figures.map((f) => ({
          figure: f.label,
          value: f.value,
          stated: stated(f),
          figureId: f.id,
        })),
        unit: spec.unit,
        decimals: 0,
        valueLabelKey: "stated",
        table: [
          { key: "figure", label: "Figure" },
          { key: "stated", label: "As stated" },
          { key: "value", label: "Value", unit: spec.unit },
        ],
        summary: spec.summary(figures),
        sourceIds,
        height: 40 + figures.length * 44,
      },
    ];
  })[0];
}
