import { z } from "zod";

import type { DashboardData } from "../data/loader";
import { CATEGORIES, IdSchema, QUALIFIERS, UNITS, type Source } from "../data/schemas";
import type { ExportTable } from "./table";
import { toColumns, type ColumnField } from "./table-schema";
import { SITE_NAME } from "../i18n/site-name";

export const FIGURES_CSV_FILENAME = "kz-2022-figures.csv";

/** One figure as exported: the article's figures and the derived ones, in one shape. */
export const FigureExportRowSchema = z
  .strictObject({
    id: IdSchema,
    label: z.string(),
    /** In base units: 45000000000, not 45 or "45B". */
    value: z.number(),
    unit: z.enum(UNITS),
    qualifier: z.enum(QUALIFIERS),
    /** ISO 8601 date, month, year or interval. */
    date: z.string(),
    category: z.enum(CATEGORIES),
    derived: z.boolean(),
    /** Several sources of a derived figure are joined with "; ", in the same order in each column. */
    source_title: z.string(),
    source_url: z.string(),
    source_date: z.string().nullable(),
    /** Section heading and paragraph of the article; empty for derived figures. */
    locator: z.string(),
    description: z.string(),
    /** The figure as printed in the article; null for derived figures. */
    printed: z.string().nullable(),
    /** How a derived figure is computed; null for the article's own. */
    formula: z.string().nullable(),
  })
  .meta({ description: "One figure of the article or one figure derived from the data." });
export type FigureExportRow = z.infer<typeof FigureExportRowSchema>;

/** The body of GET /api/figures. */
export const FigureListSchema = z.strictObject({ figures: z.array(FigureExportRowSchema) });
export type FigureList = z.infer<typeof FigureListSchema>;

export function toFigureList(data: DashboardData): FigureList {
  return { figures: toFigureExportRows(data) };
}

/** What the article's figures and the derived ones both have. */
type FigureFields = Pick<
  FigureExportRow,
  "id" | "label" | "value" | "unit" | "qualifier" | "category" | "description"
> & { period: string };

/** One row; several sources are joined with "; ", in the same order in each column. */
function toRow(
  f: FigureFields,
  sources: readonly Source[],
  own: Pick<FigureExportRow, "derived" | "locator" | "printed" | "formula">,
): FigureExportRow {
  const join = (pick: (s: Source) => string | null) => sources.map((s) => pick(s) ?? "").join("; ");
  return {
    id: f.id,
    label: f.label,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    date: f.period,
    category: f.category,
    derived: own.derived,
    source_title: join((s) => s.title),
    source_url: join((s) => s.url),
    source_date: join((s) => s.published) || null,
    locator: own.locator,
    description: f.description,
    printed: own.printed,
    formula: own.formula,
  };
}

export function toFigureExportRows(data: DashboardData): FigureExportRow[] {
  const article = data.sources.filter((s) => s.id === data.figuresSourceId);
  return [
    ...data.figures.map((f) =>
      toRow(f, article, {
        derived: false,
        locator: `${f.locator.section} ¶${f.locator.paragraph}`,
        printed: f.printed,
        formula: null,
      }),
    ),
    ...data.derived.map((f) =>
      toRow(
        f,
        f.sourceIds.flatMap((id) => data.sources.filter((s) => s.id === id)),
        { derived: true, locator: "", printed: null, formula: f.formula },
      ),
    ),
  ];
}

/** What each column holds; the key order is the CSV's column order. */
const FIGURE_FIELDS: Record<keyof FigureExportRow, ColumnField<FigureExportRow>> = {
  id: { title: "Id", description: "Stable identifier of the figure.", type: "string", key: true },
  label: { title: "Label", description: "Short name of the figure.", type: "string" },
  value: {
    title: "Value",
    description:
      "The number in base units (45000000000, not 45 billion); its unit is in the unit column.",
    type: "number",
  },
  unit: { title: "Unit", description: "Unit of the value.", type: "string", values: UNITS },
  qualifier: {
    title: "Qualifier",
    description: "What the source claims about the number: exact, approximate, more than, almost…",
    type: "string",
    values: QUALIFIERS,
  },
  date: {
    title: "Date",
    description: "The period the figure is about: an ISO 8601 date, month, year or interval.",
    type: "string",
  },
  category: {
    title: "Category",
    description: "Topic of the figure.",
    type: "string",
    values: CATEGORIES,
  },
  derived: {
    title: "Derived",
    description:
      "true when computed from other figures (see formula), false when printed in the article.",
    type: "boolean",
  },
  source_title: {
    title: "Source title",
    description: 'Title of the source; several are separated by "; ".',
    type: "string",
  },
  source_url: {
    title: "Source URL",
    description: 'Address of each source, separated by "; ".',
    type: "string",
  },
  source_date: {
    title: "Source date",
    description:
      'Publication date of each source (ISO 8601), separated by "; "; empty when unknown.',
    type: "string",
  },
  locator: {
    title: "Locator",
    description: "Section heading and paragraph number where the article prints the figure.",
    type: "string",
  },
  description: { title: "Description", description: "What the figure measures.", type: "string" },
  printed: {
    title: "Printed",
    description: "The figure as the article prints it.",
    type: "string",
  },
  formula: {
    title: "Formula",
    description: "How a derived figure is computed, with its inputs.",
    type: "string",
  },
};

/** The first twelve columns are a published contract: do not reorder them. */
export const FIGURE_CSV_COLUMNS = toColumns<FigureExportRow>(FIGURE_FIELDS);

/** Every figure of the article and every derived one, with the sources they cite. */
export function toFiguresTable(data: DashboardData): ExportTable<FigureExportRow> {
  const rows = toFigureExportRows(data);
  const cited = new Set([data.figuresSourceId, ...data.derived.flatMap((f) => f.sourceIds)]);
  return {
    name: FIGURES_CSV_FILENAME.replace(/\.csv$/, ""),
    fileName: FIGURES_CSV_FILENAME,
    title: SITE_NAME,
    description:
      "Every figure cited in the article, with its unit, qualifier, period and place in the text, " +
      "and every figure derived from them, with its formula and sources.",
    keywords: ["Kazakhstan", "2022", ...new Set(rows.map((r) => r.category))],
    columns: FIGURE_CSV_COLUMNS,
    rows,
    sources: data.sources.filter((s) => cited.has(s.id)),
  };
}
