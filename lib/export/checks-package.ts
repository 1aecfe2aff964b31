import { turnoutChecks } from "../checks/turnout-checks";
import type { DataSet } from "../data/dataset";
import { votesOf } from "../data/votes";
import {
  CHECK_COLUMNS,
  toCheckCsvFilename,
  toCheckRows,
  type CheckRow,
  type CheckTable,
} from "./checks-csv";
import type { PublishedTable } from "./table-package";

/** What each table of the checks holds; the data package and OpenAPI both describe it so. */
export const CHECK_DESCRIPTIONS: Record<CheckTable, string> = {
  "turnout-spread":
    "Every unit's turnout at each vote's last full regional release, with the country's figure and the lowest and highest units marked.",
  "turnout-moves":
    "The units whose turnout moved most between consecutive votes, each way, among those whose territory did not change.",
  "turnout-releases":
    "The election-day figures that fell from one release to the next, or rose after the unit's polls had closed.",
};

const TITLES: Record<CheckTable, string> = {
  "turnout-spread": "Spread of turnout across units, per vote",
  "turnout-moves": "Largest moves in turnout between consecutive votes",
  "turnout-releases": "Election-day releases that fell, or rose after polls closed",
};

type ChecksData = Pick<DataSet, "elections" | "turnouts" | "units" | "names" | "sources">;

/** One table of the checks with English unit names, as its data package describes it. */
export function toCheckTable(table: CheckTable, data: ChecksData): PublishedTable<CheckRow> {
  const turnouts = votesOf(data).map((v) => v.turnout);
  const cited = new Set(
    turnouts.flatMap((t) => [
      ...t.revisions.flatMap((r) => r.sourceIds),
      ...(t.meta.pollsClose?.sourceIds ?? []),
    ]),
  );
  return {
    fileName: toCheckCsvFilename(table, "en"),
    title: TITLES[table],
    description: `${CHECK_DESCRIPTIONS[table]} Computed from the published turnout figures in this site's data; a check shows where figures behave unusually, not why.`,
    keywords: ["turnout", "regions", "data checks"],
    columns: CHECK_COLUMNS[table],
    rows: toCheckRows(table, turnoutChecks(data), data, "en"),
    sources: data.sources.filter((s) => cited.has(s.id)),
  };
}
