import { createHash } from "node:crypto";

import type { Source } from "../data/schemas";
import { LICENCE } from "./chart-citation";
import type { DataPackage, DataResource } from "./datapackage-schema";
import { toTableCsv, type ExportTable } from "./table";
import { toTableSchema } from "./table-schema";

export type { DataPackage, DataResource };

/** Where the resource's CSV is, relative to the descriptor or as a URL; defaults to its file name. */
export interface PackageOptions {
  path?: string;
  homepage?: string;
}

/** Resource names allow lower-case letters, digits and - _ . / only. */
export function toName(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9._-]+/g, "-");
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

/**
 * The table's CSV as a Tabular Data Resource: its size, hash, dialect and Table Schema. The CSV a
 * package describes has no byte-order mark: the Table Schema dialect cannot declare one, and readers
 * that honour the descriptor (the Frictionless JS library among them) take the mark for part of the
 * first header. `path` must therefore name the CSV without it (bom=0).
 */
function toResource<Row>(table: ExportTable<Row>, path = table.fileName): DataResource {
  const bytes = new TextEncoder().encode(toTableCsv(table, { bom: false }));
  return {
    name: toName(table.fileName.replace(/\.csv$/, "")),
    path,
    title: table.title,
    profile: "tabular-data-resource",
    format: "csv",
    mediatype: "text/csv",
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
    schema: toTableSchema(table.columns, table.rows),
  };
}

/** One table as a Tabular Data Package (v1) of one resource. */
export function toDataPackage<Row>(
  table: ExportTable<Row>,
  options: PackageOptions = {},
): DataPackage {
  return {
    profile: "tabular-data-package",
    name: toName(table.name),
    title: table.title,
    description: table.description,
    ...(options.homepage ? { homepage: options.homepage } : {}),
    ...(table.revision ? { version: table.revision.id, created: table.revision.asOf } : {}),
    keywords: [...table.keywords],
    licenses: LICENSES,
    sources: toSources(table.sources),
    resources: [toResource(table, options.path)],
  };
}
