import { createHash } from "node:crypto";

import type { ChartModel } from "../charts/model/model";
import type { ElectionDataset, ElectionRevision } from "../data/dataset";
import type { DashboardData } from "../data/loader";
import type { Source } from "../data/schemas";
import { LICENCE } from "./chart-citation";
import { toChartCsv, toChartCsvColumns, toChartCsvFilename } from "./chart-csv";
import { toCsv } from "./csv";
import { RESULT_CSV_COLUMNS, toResultCsvFilename, toResultRows } from "./election-csv";
import { FIGURE_CSV_COLUMNS, FIGURES_CSV_FILENAME, toFigureExportRows } from "./figures-csv";
import type { DataPackage, DataResource } from "./datapackage-schema";

export type { DataPackage, DataResource };
import { toTableSchema, type ExportColumn } from "./table-schema";
import { SITE_NAME } from "../i18n/site-name";

/** Where the resource's CSV is, relative to the descriptor or as a URL; defaults to its file name. */
export interface PackageOptions {
  path?: string;
  homepage?: string;
}

/** Resource names allow lower-case letters, digits and - _ . / only. */
export function toName(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9._-]+/g, "-");
}

/** One CSV file as a Tabular Data Resource: its size, hash, dialect and Table Schema. */
export function toResource<Row>(
  fileName: string,
  title: string,
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
  csv: string,
  path = fileName,
): DataResource {
  const bytes = new TextEncoder().encode(csv);
  return {
    name: toName(fileName.replace(/\.csv$/, "")),
    path,
    title,
    profile: "tabular-data-resource",
    format: "csv",
    mediatype: "text/csv",
    // The CSV starts with a byte-order mark, which UTF-8 readers skip.
    encoding: "utf-8",
    bytes: bytes.length,
    hash: `sha256:${createHash("sha256").update(bytes).digest("hex")}`,
    dialect: {
      delimiter: ",",
      lineTerminator: "\r\n",
      quoteChar: '"',
      doubleQuote: true,
      header: true,
    },
    schema: toTableSchema(columns, rows),
  };
}

/** The licence the whole site publishes under, as an Open Definition/SPDX identifier. */
export const LICENSES = [
  { name: LICENCE.name.replace(/ /g, "-"), path: LICENCE.url, title: LICENCE.name },
];

/** The package's sources, each once, as publisher and title with its address. */
export function toSources(sources: readonly Source[]): DataPackage["sources"] {
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  return unique.map((s) => ({ title: `${s.publisher}: ${s.title}`, path: s.url }));
}

function revisionFields(revision: { id: string; asOf: string } | undefined) {
  return revision ? { version: revision.id, created: revision.asOf } : {};
}

/** A chart's numbers (in full, or as a view shows them) as a data package. */
export function toChartDataPackage(
  model: ChartModel,
  sources: readonly Source[],
  options: PackageOptions = {},
): DataPackage {
  const csv = toChartCsv(model);
  return {
    profile: "tabular-data-package",
    name: toName(model.id),
    title: model.title,
    description: `${model.subtitle}. ${model.summary}`,
    ...(options.homepage ? { homepage: options.homepage } : {}),
    ...revisionFields(model.status && { id: model.status.revisionId, asOf: model.status.asOf }),
    keywords: ["Kazakhstan", model.section, ...(model.datasetId ? [model.datasetId] : [])],
    licenses: LICENSES,
    sources: toSources(sources),
    resources: [
      toResource(
        toChartCsvFilename(model),
        model.title,
        toChartCsvColumns(model),
        model.rows,
        csv,
        options.path,
      ),
    ],
  };
}

/** Every figure of the article and every derived one as a data package. */
export function toFiguresDataPackage(
  data: DashboardData,
  options: PackageOptions = {},
): DataPackage {
  const rows = toFigureExportRows(data);
  const cited = new Set([data.figuresSourceId, ...data.derived.flatMap((f) => f.sourceIds)]);
  const title = SITE_NAME;
  return {
    profile: "tabular-data-package",
    name: toName(FIGURES_CSV_FILENAME.replace(/\.csv$/, "")),
    title,
    description:
      "Every figure cited in the article, with its unit, qualifier, period and place in the text, " +
      "and every figure derived from them, with its formula and sources.",
    ...(options.homepage ? { homepage: options.homepage } : {}),
    keywords: ["Kazakhstan", "2022", ...new Set(rows.map((r) => r.category))],
    licenses: LICENSES,
    sources: toSources(data.sources.filter((s) => cited.has(s.id))),
    resources: [
      toResource(
        FIGURES_CSV_FILENAME,
        title,
        FIGURE_CSV_COLUMNS,
        rows,
        toCsv(rows, FIGURE_CSV_COLUMNS),
        options.path,
      ),
    ],
  };
}

/** One revision of an election's results, one row per option, as a data package. */
export function toElectionDataPackage(
  election: ElectionDataset,
  revision: ElectionRevision,
  sources: readonly Source[],
  options: PackageOptions = {},
): DataPackage {
  const rows = toResultRows(election, revision);
  const title = `${election.meta.title}: results (${revision.status})`;
  return {
    profile: "tabular-data-package",
    name: toName(`${election.meta.id}-results`),
    title,
    description: `${election.meta.description} One row per option on the ballot, from the ${revision.status} revision published ${revision.asOf}.`,
    ...(options.homepage ? { homepage: options.homepage } : {}),
    ...revisionFields(revision),
    keywords: [
      "Kazakhstan",
      "election",
      election.meta.electionType,
      election.meta.electionDate.slice(0, 4),
    ],
    licenses: LICENSES,
    sources: toSources(revision.sourceIds.flatMap((id) => sources.filter((s) => s.id === id))),
    resources: [
      toResource(
        toResultCsvFilename(election, revision),
        title,
        RESULT_CSV_COLUMNS,
        rows,
        toCsv(rows, RESULT_CSV_COLUMNS),
        options.path,
      ),
    ],
  };
}
