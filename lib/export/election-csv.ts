import type { CsvColumn } from "./csv";
import type { ElectionDataset, ElectionRevision } from "../data/dataset";

export interface ResultExportRow {
  election: string;
  option_id: string;
  option: string;
  kind: string;
  nominated_by: string | null;
  votes: number;
  /** As stated; computed from the votes (to the stated precision) where the source gave none. */
  share: number;
  share_stated: boolean;
  list_seats: number | null;
  status: string;
  as_of: string;
  revision: string;
}

/** One row per option of one revision of an election. */
export function toResultRows(e: ElectionDataset, r: ElectionRevision): ResultExportRow[] {
  const total = r.results.reduce((s, x) => s + x.votes, 0);
  const factor = 10 ** r.sharePrecision;
  return r.results.map((x) => {
    const option = e.meta.options.find((o) => o.id === x.option);
    return {
      election: e.meta.id,
      option_id: x.option,
      option: option?.name ?? x.option,
      kind: option?.kind ?? "",
      nominated_by: option?.nominatedBy ?? null,
      votes: x.votes,
      share: x.share ?? Math.round((x.votes / total) * 100 * factor) / factor,
      share_stated: x.share !== undefined,
      list_seats: x.listSeats ?? null,
      status: r.status,
      as_of: r.asOf,
      revision: r.id,
    };
  });
}

export const RESULT_CSV_COLUMNS: CsvColumn<ResultExportRow>[] = (
  [
    "election",
    "option_id",
    "option",
    "kind",
    "nominated_by",
    "votes",
    "share",
    "share_stated",
    "list_seats",
    "status",
    "as_of",
    "revision",
  ] as const
).map((key) => ({ header: key, value: (row: ResultExportRow) => row[key] }));
