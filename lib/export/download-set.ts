import type { ChartModel } from "../charts/model/model";
import type { ElectionDataset, ElectionRevision } from "../data/dataset";
import type { DashboardData } from "../data/loader";
import type { Source } from "../data/schemas";
import { toChartReadme, type toChartMetadataJson } from "./chart-citation";
import { toChartCsv, toChartCsvFilename } from "./chart-csv";
import { toCsv } from "./csv";
import {
  toChartDataPackage,
  toElectionDataPackage,
  toFiguresDataPackage,
  type DataPackage,
} from "./datapackage";
import { RESULT_CSV_COLUMNS, toResultCsvFilename, toResultRows } from "./election-csv";
import { FIGURE_CSV_COLUMNS, FIGURES_CSV_FILENAME, toFigureExportRows } from "./figures-csv";
import { toPackageReadme } from "./package-readme";

/** The files of a download zip, in archive order, and the zip's file name. */
export interface DownloadSet {
  zipName: string;
  files: Record<string, string>;
}

const json = (pkg: DataPackage) => JSON.stringify(pkg, null, 2);
const zipNameOf = (csvName: string) => csvName.replace(/\.csv$/, ".zip");

/** A chart's zip: the CSV, metadata.json with the citation, its data package and a README. */
export function toChartDownloadSet(
  model: ChartModel,
  sources: readonly Source[],
  meta: ReturnType<typeof toChartMetadataJson>,
): DownloadSet {
  const csvName = toChartCsvFilename(model);
  return {
    zipName: zipNameOf(csvName),
    files: {
      [csvName]: toChartCsv(model),
      "metadata.json": JSON.stringify(meta, null, 2),
      "datapackage.json": json(toChartDataPackage(model, sources, { homepage: meta.url })),
      "README.txt": toChartReadme(model, meta, csvName),
    },
  };
}

/** The figures' zip: the CSV, its data package and a README written from it. */
export function toFiguresDownloadSet(data: DashboardData, homepage?: string): DownloadSet {
  const pkg = toFiguresDataPackage(data, { homepage });
  return {
    zipName: zipNameOf(FIGURES_CSV_FILENAME),
    files: {
      [FIGURES_CSV_FILENAME]: toCsv(toFigureExportRows(data), FIGURE_CSV_COLUMNS),
      "datapackage.json": json(pkg),
      "README.txt": toPackageReadme(pkg),
    },
  };
}

/** One revision of an election's results as a zip: the CSV, its data package and a README. */
export function toElectionDownloadSet(
  election: ElectionDataset,
  revision: ElectionRevision,
  sources: readonly Source[],
  homepage?: string,
): DownloadSet {
  const csvName = toResultCsvFilename(election, revision);
  const pkg = toElectionDataPackage(election, revision, sources, { homepage });
  return {
    zipName: zipNameOf(csvName),
    files: {
      [csvName]: toCsv(toResultRows(election, revision), RESULT_CSV_COLUMNS),
      "datapackage.json": json(pkg),
      "README.txt": toPackageReadme(pkg),
    },
  };
}
