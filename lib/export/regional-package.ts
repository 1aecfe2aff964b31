import type { DataSet } from "../data/dataset";
import { votesOf } from "../data/votes";
import { toCsv } from "./csv";
import {
  LICENSES,
  toName,
  toResource,
  toSources,
  type DataPackage,
  type PackageOptions,
} from "./datapackage";
import type { DownloadSet } from "./download-set";
import { toPackageReadme } from "./package-readme";
import {
  NATIONAL_UNIT_ID,
  REGIONAL_CSV_COLUMNS,
  toRegionalCsvFilename,
  toRegionalRows,
} from "./regional-csv";

type RegionalData = Pick<DataSet, "elections" | "turnouts" | "names" | "sources">;

const TITLE = "Turnout by region and city at every vote";

/**
 * The regional turnout of every vote as a data package. Its version is the newest release in it, so a
 * release added to any vote gives the package a new version and date.
 */
export function toRegionalDataPackage(
  data: RegionalData,
  options: PackageOptions = {},
): DataPackage {
  const rows = toRegionalRows(data);
  const votes = votesOf(data);
  const releases = votes.flatMap((v) => v.turnout.revisions);
  const newest = releases.reduce<(typeof releases)[number] | undefined>(
    (a, r) => (a && Date.parse(a.asOf) >= Date.parse(r.asOf) ? a : r),
    undefined,
  );
  const cited = new Set(releases.flatMap((r) => r.sourceIds));
  const fileName = toRegionalCsvFilename();
  const list = votes.map((v) => `${v.election.meta.title} (${v.date})`).join("; ");
  return {
    profile: "tabular-data-package",
    name: toName(fileName.replace(/\.csv$/, "")),
    title: TITLE,
    description:
      `Turnout as each election-day release stated it, for the country ("${NATIONAL_UNIT_ID}") and for each ` +
      `region and city on the release's list, at every vote with regional figures: ${list}. One row per ` +
      "vote, release, unit and measure; the national counts of voters and registered voters where a " +
      "release gave them. Only stated figures: nothing is derived, and a unit a release lacks has no row. " +
      "Units are those of the day of each vote (17 until 7 June 2022, 20 after).",
    ...(options.homepage ? { homepage: options.homepage } : {}),
    ...(newest ? { version: newest.id, created: newest.asOf } : {}),
    keywords: [
      "Kazakhstan",
      "turnout",
      "regions",
      ...new Set(votes.map((v) => v.election.meta.electionType)),
      ...new Set(votes.map((v) => v.date.slice(0, 4))),
    ],
    licenses: LICENSES,
    sources: toSources(data.sources.filter((s) => cited.has(s.id))),
    resources: [
      toResource(
        fileName,
        TITLE,
        REGIONAL_CSV_COLUMNS,
        rows,
        toCsv(rows, REGIONAL_CSV_COLUMNS),
        options.path,
      ),
    ],
  };
}

/** The regional turnout as a zip: the CSV (English names), its data package and a README. */
export function toRegionalDownloadSet(data: RegionalData, homepage?: string): DownloadSet {
  const fileName = toRegionalCsvFilename();
  const pkg = toRegionalDataPackage(data, { homepage });
  return {
    zipName: fileName.replace(/\.csv$/, ".zip"),
    files: {
      [fileName]: toCsv(toRegionalRows(data), REGIONAL_CSV_COLUMNS),
      "datapackage.json": JSON.stringify(pkg, null, 2),
      "README.txt": toPackageReadme(pkg),
    },
  };
}
