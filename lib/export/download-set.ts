import { toDataPackage, type PackageOptions } from "./package";
import { toPackageReadme } from "./package-readme";
import { toTableCsv, type ExportTable } from "./table";

/** The files of a download zip, in archive order, and the zip's file name. */
export interface DownloadSet {
  zipName: string;
  files: Record<string, string>;
}

/**
 * A table's zip, which is its data package: the CSV (without a byte-order mark, as the descriptor
 * describes it), datapackage.json and a README. `extra` files (a chart's metadata.json) come after the
 * CSV; `readme` replaces the one written from the package.
 */
export function toDownloadSet<Row>(
  table: ExportTable<Row>,
  options: Pick<PackageOptions, "homepage"> & {
    extra?: Record<string, string>;
    readme?: string;
  } = {},
): DownloadSet {
  const pkg = toDataPackage(table, { homepage: options.homepage });
  return {
    zipName: table.fileName.replace(/\.csv$/, ".zip"),
    files: {
      [table.fileName]: toTableCsv(table, { bom: false }),
      ...options.extra,
      "datapackage.json": JSON.stringify(pkg, null, 2),
      "README.txt": options.readme ?? toPackageReadme(pkg),
    },
  };
}
