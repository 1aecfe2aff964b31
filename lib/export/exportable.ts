import { toDownloadSet, type DownloadSet } from "./download-set";
import { toDataPackage, type DataPackage } from "./package";
import { toTableCsv, toTableCells, type ExportTable, type TableCells } from "./table";

/**
 * A subject's table with every format it is served in, each a function of the table. Built by
 * `toExportable`, it hides the table's row type, so the routes of every subject share one dispatch.
 */
export interface Exportable {
  fileName: string;
  csv(bom: boolean): string;
  /** The data package of the CSV at `packagePath` (the CSV route without a byte-order mark). */
  dataPackage(): DataPackage;
  zip(): DownloadSet;
  cells(): TableCells;
  /** The subject's JSON body, where it has one (GET /api/figures, /api/charts/<id>/data). */
  json?: () => unknown;
  /** A chart's metadata.json. */
  metadata?: () => unknown;
}

export interface ExportableOptions {
  /** Where the package's CSV is served (lib/export/package-paths.ts). */
  packagePath: string;
  homepage: string;
  json?: () => unknown;
  metadata?: () => unknown;
  /** Files a zip holds besides the CSV, datapackage.json and README, and a README of its own. */
  zipExtra?: Record<string, string>;
  readme?: string;
}

export function toExportable<Row>(table: ExportTable<Row>, o: ExportableOptions): Exportable {
  return {
    fileName: table.fileName,
    csv: (bom) => toTableCsv(table, { bom }),
    dataPackage: () => toDataPackage(table, { path: o.packagePath, homepage: o.homepage }),
    zip: () => toDownloadSet(table, { homepage: o.homepage, extra: o.zipExtra, readme: o.readme }),
    cells: () => toTableCells(table),
    json: o.json,
    metadata: o.metadata,
  };
}
