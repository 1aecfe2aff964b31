import type { DashboardData } from "../data/loader";
import type { Locale } from "../i18n/locale";
import { CHECK_TABLES, toCheckTable } from "./checks-table";
import { toElectionTable } from "./election-table";
import { toFiguresTable } from "./figures-table";
import { toObserverTable } from "./observers-table";
import { toRegionalTable } from "./regional-table";
import { toTableCells, type TableCells } from "./table";

/** A table of the whole data set, named for SQL, with the CSV route that serves it alone. */
export interface NamedTable extends TableCells {
  /** A plain SQL name: lower-case letters and underscores. */
  sqlName: string;
  /** The CSV's path under /api (without the language), for the catalogue. */
  csvPath: string;
}

/**
 * Every table the CSV routes publish, each with the rows its CSV gives: the figures, the results of
 * every revision of every election (one table, told apart by its election and revision columns, as
 * each results.csv has them), the regional turnout, the turnout checks and the observers' findings.
 * `data` is in English, `localized` in the language of the label columns (the observers' verdicts
 * follow the loader's copy of that language); charts are views of these and are left out.
 */
export function toAllTables(
  data: DashboardData,
  localized: DashboardData,
  lang: Locale,
): NamedTable[] {
  const named = (cells: TableCells, sqlName: string, csvPath: string): NamedTable => ({
    ...cells,
    sqlName,
    csvPath,
  });
  const results = data.elections.flatMap((e) =>
    e.revisions.map((r) => toTableCells(toElectionTable(e, r, data, lang))),
  );
  const allResults: TableCells = {
    ...results[0]!,
    name: "election-results",
    title: "Results of every revision of every election and referendum",
    rows: results.flatMap((t) => t.rows),
    sourceIds: [...new Set(results.flatMap((t) => t.sourceIds))],
  };
  return [
    named(toTableCells(toFiguresTable(data)), "figures", "figures.csv"),
    named(allResults, "election_results", "elections/{id}/results.csv"),
    named(toTableCells(toRegionalTable(data, lang)), "regional_turnout", "regions/turnout.csv"),
    ...CHECK_TABLES.map((id) =>
      named(
        toTableCells(toCheckTable(id, data, lang)),
        id.replace(/-/g, "_"),
        `checks/${id}/data.csv`,
      ),
    ),
    named(toTableCells(toObserverTable(localized, lang)), "observers", "observers.csv"),
  ];
}
