import type { Source } from "../data/schemas";
import { toCsv } from "./csv";
import {
  LICENSES,
  toName,
  toResource,
  toSources,
  type DataPackage,
  type PackageOptions,
} from "./datapackage";
import type { ExportColumn } from "./table-schema";

/** One table the site publishes as a CSV of its own, with what a data package says about it. */
export interface PublishedTable<Row> {
  fileName: string;
  title: string;
  description: string;
  keywords: string[];
  columns: readonly ExportColumn<Row>[];
  rows: readonly Row[];
  sources: readonly Source[];
}

/**
 * A single CSV as a Tabular Data Package. The size and hash describe the CSV as its route serves it
 * (with the byte-order mark), so `options.path` must point at that route.
 */
export function toTablePackage<Row>(
  table: PublishedTable<Row>,
  options: PackageOptions = {},
): DataPackage {
  return {
    profile: "tabular-data-package",
    name: toName(table.fileName.replace(/\.csv$/, "")),
    title: table.title,
    description: table.description,
    ...(options.homepage ? { homepage: options.homepage } : {}),
    keywords: ["Kazakhstan", ...table.keywords],
    licenses: LICENSES,
    sources: toSources(table.sources),
    resources: [
      toResource(
        table.fileName,
        table.title,
        table.columns,
        table.rows,
        toCsv(table.rows, table.columns),
        options.path,
      ),
    ],
  };
}
