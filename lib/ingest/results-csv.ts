import { parse } from "csv-parse/sync";

import type { ElectionRevisionInput } from "../data/schemas";

/** Fields a CSV results table cannot carry: they come from the command line. */
export interface CsvRevisionMeta {
  status: string;
  asOf: string;
  sourceIds: string[];
  note?: string;
}

/**
 * Builds an election revision from a CSV of results (columns option, votes, and optionally share and
 * list_seats), taking the electorate, turnout and polling figures from the newest revision.
 */
export function revisionFromResultsCsv(
  text: string,
  base: ElectionRevisionInput,
  meta: CsvRevisionMeta,
): unknown {
  const rows = parse(text, {
    bom: true,
    columns: true,
    skip_empty_lines: true,
    trim: true,
  }) as Record<string, string>[];
  const num = (v: string | undefined) =>
    v === undefined || v === "" ? undefined : Number(v.replace(/,/g, ""));
  return {
    ...base,
    status: meta.status,
    asOf: meta.asOf,
    sourceIds: meta.sourceIds,
    note: meta.note,
    results: rows.map((r) => ({
      option: r.option,
      votes: num(r.votes),
      share: num(r.share),
      listSeats: num(r.list_seats),
    })),
  };
}
