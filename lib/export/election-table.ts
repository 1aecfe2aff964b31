import { toCsvFilename } from "./csv";
import { ElectionMetaSchema, REVISION_STATUSES } from "../data/schemas";
import { REVISION_STATUS_LIST } from "../data/revision-status";
import type { ExportTable } from "./table";
import { toColumns, type ColumnField } from "./table-schema";
import type { Source } from "../data/schemas";
import type { ElectionDataset, ElectionRevision } from "../data/dataset";
import type { LocalName } from "../data/names-schema";
import type { Locale } from "../i18n/locale";

export interface ResultExportRow {
  election: string;
  option_id: string;
  option: string;
  /** The option's name in the language asked for. */
  label: string;
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

/**
 * One row per option of one revision of an election. Every value is the same in any language; only
 * `label` is in the language asked for (names from data/names.json, English from the dataset).
 */
export function toResultRows(
  e: ElectionDataset,
  r: ElectionRevision,
  { lang = "en", names = [] }: { lang?: Locale; names?: readonly LocalName[] } = {},
): ResultExportRow[] {
  // Of the ballots cast where the meta says so (the referendum), else of the rows' sum (valid votes).
  const total =
    e.meta.shareOf === "ballots_cast" && r.electorate.ballotsCast !== undefined
      ? r.electorate.ballotsCast
      : r.results.reduce((s, x) => s + x.votes, 0);
  const factor = 10 ** r.sharePrecision;
  return r.results.map((x) => {
    const option = e.meta.options.find((o) => o.id === x.option);
    return {
      election: e.meta.id,
      option_id: x.option,
      option: option?.name ?? x.option,
      label:
        lang === "en"
          ? (option?.name ?? x.option)
          : (names.find((n) => n.id === x.option)?.[lang] ?? option?.name ?? x.option),
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

/** What each column holds; the key order is the CSV's column order. */
const RESULT_FIELDS: Record<keyof ResultExportRow, ColumnField<ResultExportRow>> = {
  election: { title: "Election", description: "Identifier of the election.", type: "string" },
  option_id: {
    title: "Option id",
    description: "Stable identifier of the option on the ballot.",
    type: "string",
    key: true,
  },
  option: {
    title: "Option",
    description: 'Candidate, party or "against all" as on the ballot.',
    type: "string",
  },
  label: {
    title: "Label",
    description:
      "The option's name in the language asked for with lang (kk, ru or en; English by default). Every other column is the same in each language.",
    type: "string",
  },
  kind: {
    title: "Kind",
    description: "Whether the option is a candidate, a party or the vote against all.",
    type: "string",
    values: ElectionMetaSchema.shape.options.element.shape.kind.options,
  },
  nominated_by: {
    title: "Nominated by",
    description: "Who nominated a candidate; empty for parties and against all.",
    type: "string",
  },
  votes: {
    title: "Votes",
    description: "Valid votes for the option.",
    type: "integer",
    unit: "votes",
  },
  share: {
    title: "Share",
    description:
      "Share in percent, as stated or else computed from the votes (see share_stated): of valid votes in an election, of all ballots cast in the referendum (the dataset's shareBase says which).",
    type: "number",
    unit: "percent",
  },
  share_stated: {
    title: "Share stated",
    description:
      "true when the source stated the share, false when it was computed from the votes.",
    type: "boolean",
  },
  list_seats: {
    title: "List seats",
    description: "Seats won from the party list; empty where no seats were at stake.",
    type: "integer",
    unit: "count",
  },
  status: {
    title: "Status",
    description: `Status of the revision: ${REVISION_STATUS_LIST}.`,
    type: "string",
    values: REVISION_STATUSES,
  },
  as_of: {
    title: "As of",
    description: "When the revision was published, in ISO 8601 with its UTC offset.",
    type: "datetime",
  },
  revision: { title: "Revision", description: "Identifier of the revision.", type: "string" },
};

export const RESULT_CSV_COLUMNS = toColumns<ResultExportRow>(RESULT_FIELDS);

/**
 * e.g. kz-2022-presidential-results_2022-11-22-final.csv: the election and the revision, and the
 * language of the labels when one was asked for (…-final-kk.csv).
 */
export function toResultCsvFilename(
  e: ElectionDataset,
  r: ElectionRevision,
  lang: string | null = null,
): string {
  const tag = `${r.asOf.slice(0, 10)}-${r.status}${lang && lang !== "en" ? `-${lang}` : ""}`;
  return toCsvFilename(`${e.meta.id}-results`, tag);
}

/**
 * One revision of an election's results, one row per option, with the revision's sources; `lang`
 * names the options in the label column and the file.
 */
export function toElectionTable(
  e: ElectionDataset,
  r: ElectionRevision,
  data: { sources: readonly Source[]; names?: readonly LocalName[] },
  lang: Locale = "en",
): ExportTable<ResultExportRow> {
  return {
    name: `${e.meta.id}-results`,
    fileName: toResultCsvFilename(e, r, lang),
    title: `${e.meta.title}: results (${r.status})`,
    description: `${e.meta.description} One row per option on the ballot, from the ${r.status} revision published ${r.asOf}.`,
    keywords: ["Kazakhstan", "election", e.meta.electionType, e.meta.electionDate.slice(0, 4)],
    columns: RESULT_CSV_COLUMNS,
    rows: toResultRows(e, r, { lang, names: data.names }),
    sources: r.sourceIds.flatMap((id) => data.sources.filter((s) => s.id === id)),
    revision: { id: r.id, asOf: r.asOf },
  };
}
