import { z } from "zod";

import { toChartCitations } from "./citation";
import { REVISION_STATUS_LIST } from "../data/revision-status";
import { unitFromLabel } from "../charts/model/cell-unit";
import type { ChartModel } from "../charts/model/model";
import {
  DateTimeSchema,
  IdSchema,
  REVISION_STATUSES,
  SOURCE_KINDS,
  UNITS,
  type Source,
} from "../data/schemas";

export const LICENCE = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
  note: "The figures are facts from the cited sources; this compilation, its checks and derived figures may be reused with attribution.",
};

export const LicenceSchema = z.strictObject({ name: z.string(), url: z.url(), note: z.string() });

/** metadata.json of a chart, also inside its download.zip. */
export const ChartMetadataSchema = z
  .strictObject({
    id: IdSchema,
    title: z.string(),
    description: z.string(),
    subtitle: z.string(),
    /** Column key → unit, for the columns that hold numbers. */
    units: z.record(z.string(), z.enum(UNITS)),
    status: z.enum(REVISION_STATUSES).nullable(),
    asOf: DateTimeSchema.nullable(),
    revision: z.string().nullable(),
    /** The chart page showing this view. */
    url: z.url(),
    sources: z.array(
      z.strictObject({
        /** In English in every language, as the publisher is. */
        title: z.string(),
        /** The page's own headline where it is not in English and data/ has it; else null. */
        originalTitle: z.string().nullable(),
        /** The language the page was published in (ISO 639-1). */
        language: z.string(),
        publisher: z.string(),
        date: z.string().nullable(),
        url: z.url(),
        kind: z.enum(SOURCE_KINDS),
      }),
    ),
    licence: LicenceSchema,
    /** APA, dated by the revision shown. */
    citation: z.string(),
    bibtex: z.string(),
  })
  .meta({
    description:
      "What a chart's numbers are and where they come from: units, revision status, sources, licence and a citation.",
  });
export type ChartMetadata = z.infer<typeof ChartMetadataSchema>;

/** Everything needed to reuse and cite a chart's data. */
export function toChartMetadataJson(
  model: ChartModel,
  sources: Source[],
  url: string,
  revisionDate: string,
): ChartMetadata {
  const { apa, bibtex } = toChartCitations(model, sources, url, revisionDate);
  return {
    id: model.id,
    title: model.title,
    description: model.summary,
    subtitle: model.subtitle,
    units: Object.fromEntries(model.table.flatMap((c) => (c.unit ? [[c.key, c.unit]] : []))),
    status: model.status?.status ?? null,
    asOf: model.status?.asOf ?? null,
    revision: model.status?.revisionId ?? null,
    url,
    sources: sources.map((s) => ({
      title: s.title,
      originalTitle: s.originalTitle ?? null,
      language: s.language,
      publisher: s.publisher,
      date: s.published,
      url: s.url,
      kind: s.kind,
    })),
    licence: LICENCE,
    citation: apa,
    bibtex,
  };
}

/** The README inside a chart's zip: what the files and columns are, and how to cite them. */
export function toChartReadme(model: ChartModel, meta: ChartMetadata, csvName: string): string {
  const columns = model.table
    .map((c) => {
      const perRow = unitFromLabel(model.table, c);
      const about = c.unit
        ? ` (${c.unit}, unformatted number)`
        : perRow
          ? ` (each row in its own unit, given in ${perRow}; unformatted number)`
          : "";
      return `- ${c.label}${about}`;
    })
    .join("\n");
  return [
    model.title,
    "",
    model.summary,
    "",
    "Files",
    `- ${csvName}: the numbers behind the chart (UTF-8 without a byte-order mark, comma-separated, CRLF line ends)`,
    "- metadata.json: title, units, status, revision, sources, licence and citation",
    "- datapackage.json: the same as a Frictionless Data Package (column types and units), for tools that read one",
    "",
    "Columns",
    columns,
    ...(model.status
      ? [
          `- Status: ${REVISION_STATUS_LIST}`,
          "- As of: when this revision was published (ISO 8601)",
        ]
      : []),
    "",
    "Sources",
    // Each with its address, so a reader of the zip alone can check every number.
    ...meta.sources.map(
      (s) =>
        `- ${s.publisher}: ${s.title}${s.originalTitle ? ` [${s.language}: ${s.originalTitle}]` : ""}` +
        `${s.date ? ` (${s.date})` : ""}. ${s.url}`,
    ),
    "",
    "How to cite",
    meta.citation,
    "",
    `Licence: ${LICENCE.name} (${LICENCE.url}). ${LICENCE.note}`,
    "",
  ].join("\r\n");
}
