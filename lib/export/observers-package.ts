import type { DataSet } from "../data/dataset";
import {
  OBSERVER_CSV_COLUMNS,
  toObserverCsvFilename,
  toObserverRows,
  type ObserverExportRow,
} from "./observers-csv";
import type { PublishedTable } from "./table-package";

/** The observers' findings in English, as their data package describes them. */
export function toObserverTable(
  data: Pick<DataSet, "observers" | "elections" | "sources">,
): PublishedTable<ObserverExportRow> {
  const cited = new Set(
    data.observers.flatMap((f) => [...f.sourceIds, ...(f.reply?.sourceIds ?? [])]),
  );
  return {
    fileName: toObserverCsvFilename("en"),
    title: "What observation missions reported on each vote",
    description:
      "One row per published statement or report of an observation mission (ODIHR, CIS, SCO, Organization of Turkic States, TURKPA) on Kazakhstan's votes: its document, date, the stages it concerns, its verdict summed up in one sentence of this site's own words, its sources, and the government's reply where one was published.",
    keywords: ["elections", "observers", "ODIHR"],
    columns: OBSERVER_CSV_COLUMNS,
    rows: toObserverRows(data),
    sources: data.sources.filter((s) => cited.has(s.id)),
  };
}
