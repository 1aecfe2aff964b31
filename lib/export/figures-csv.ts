import type { DashboardData } from "../data/loader";
import type { CsvColumn } from "./csv";
import type { Source } from "../data/schemas";

/** One figure as exported: the article's figures and the derived ones, in one shape. */
export interface FigureExportRow {
  id: string;
  label: string;
  value: number;
  unit: string;
  qualifier: string;
  /** ISO 8601 date, month, year or interval. */
  date: string;
  category: string;
  derived: boolean;
  source_title: string;
  source_url: string;
  source_date: string | null;
  locator: string;
  description: string;
  printed: string | null;
  formula: string | null;
}

function joinSources(sources: Source[], pick: (s: Source) => string | null): string {
  return sources.map((s) => pick(s) ?? "").join("; ");
}

export function toFigureExportRows(data: DashboardData): FigureExportRow[] {
  const article = data.sources.find((s) => s.id === data.figuresSourceId);
  const article_rows = data.figures.map((f) => ({
    id: f.id,
    label: f.label,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    date: f.period,
    category: f.category,
    derived: false,
    source_title: article?.title ?? "",
    source_url: article?.url ?? "",
    source_date: article?.published ?? null,
    locator: `${f.locator.section} ¶${f.locator.paragraph}`,
    description: f.description,
    printed: f.printed,
    formula: null,
  }));
  const derived_rows = data.derived.map((f) => {
    const sources = f.sourceIds.flatMap((id) => data.sources.filter((s) => s.id === id));
    return {
      id: f.id,
      label: f.label,
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      date: f.period,
      category: f.category,
      derived: true,
      source_title: joinSources(sources, (s) => s.title),
      source_url: joinSources(sources, (s) => s.url),
      source_date: joinSources(sources, (s) => s.published) || null,
      locator: "",
      description: f.description,
      printed: null,
      formula: f.formula,
    };
  });
  return [...article_rows, ...derived_rows];
}

/** The first twelve columns are a published contract: do not reorder them. */
export const FIGURE_CSV_COLUMNS: CsvColumn<FigureExportRow>[] = (
  [
    "id",
    "label",
    "value",
    "unit",
    "qualifier",
    "date",
    "category",
    "derived",
    "source_title",
    "source_url",
    "source_date",
    "locator",
    "description",
    "printed",
    "formula",
  ] as const
).map((key) => ({ header: key, value: (row: FigureExportRow) => row[key] }));
