import type { DataSet } from "../data/dataset";
import {
  MISSIONS,
  OBSERVER_DOCUMENTS,
  OBSERVER_STAGES,
  type ObserverFinding,
} from "../data/observers-schema";
import type { Locale } from "../i18n/locale";
import type { ExportTable } from "./table";
import { toColumns, type ColumnField } from "./table-schema";

/** One finding of data/observers.json as exported. */
export interface ObserverExportRow {
  id: string;
  election_id: string;
  election_date: string;
  mission: ObserverFinding["mission"];
  document: ObserverFinding["document"];
  date: string | null;
  stages: string;
  /** In the language asked for; every other column is the same in each language. */
  verdict: string;
  unit_ids: string;
  source_ids: string;
  source_urls: string;
  reply_date: string | null;
  reply: string | null;
  reply_source_urls: string | null;
}

type ObserverData = Pick<DataSet, "observers" | "elections" | "sources">;

/**
 * Every finding, oldest vote first and in the file's order within a vote. `data` is already in the
 * language of the verdict and reply columns (the loader's localized copy).
 */
export function toObserverRows(data: ObserverData): ObserverExportRow[] {
  const urls = (ids: string[]) =>
    ids.map((id) => data.sources.find((s) => s.id === id)?.url ?? "").join("; ");
  const day = (id: string) => data.elections.find((e) => e.meta.id === id)?.meta.electionDate ?? "";
  return data.observers
    .map((f, i) => ({ f, i }))
    .sort((a, b) => day(a.f.election).localeCompare(day(b.f.election)) || a.i - b.i)
    .map(({ f }) => ({
      id: f.id,
      election_id: f.election,
      election_date: day(f.election),
      mission: f.mission,
      document: f.document,
      date: f.date,
      stages: f.stages.join("; "),
      verdict: f.verdict,
      unit_ids: (f.units ?? []).join("; "),
      source_ids: f.sourceIds.join("; "),
      source_urls: urls(f.sourceIds),
      reply_date: f.reply?.date ?? null,
      reply: f.reply?.text ?? null,
      reply_source_urls: f.reply ? urls(f.reply.sourceIds) : null,
    }));
}

/** What each column holds; the key order is the CSV's column order. */
const OBSERVER_FIELDS: Record<keyof ObserverExportRow, ColumnField<ObserverExportRow>> = {
  id: { title: "Finding", description: "Identifier of the finding.", type: "string", key: true },
  election_id: {
    title: "Vote",
    description: "Identifier of the vote, as in /api/elections/<id>/results.csv.",
    type: "string",
  },
  election_date: { title: "Vote date", description: "Day of the vote (ISO 8601).", type: "date" },
  mission: {
    title: "Mission",
    description:
      "odihr: OSCE/ODIHR; cis: CIS; sco: Shanghai Cooperation Organisation; ots: Organization of Turkic States; turkpa: Parliamentary Assembly of Turkic States.",
    type: "string",
    values: MISSIONS,
  },
  document: {
    title: "Document",
    description: "Kind of document the finding comes from.",
    type: "string",
    values: OBSERVER_DOCUMENTS,
  },
  date: {
    title: "Date",
    description: "Day of the document (ISO 8601); empty where no copy found shows it.",
    type: "date",
  },
  stages: {
    title: "Stages",
    description: `Stages of the vote the finding concerns, separated by "; ": ${OBSERVER_STAGES.join(", ")}.`,
    type: "string",
  },
  verdict: {
    title: "Verdict",
    description:
      "The finding in one sentence of the dashboard's own words (not a quotation), in the language asked for with lang (kk, ru or en; English by default).",
    type: "string",
  },
  unit_ids: {
    title: "Units named",
    description:
      'Regions or cities the finding names, separated by "; "; empty when it names none.',
    type: "string",
  },
  source_ids: {
    title: "Source ids",
    description: 'Identifiers of the sources, separated by "; ".',
    type: "string",
  },
  source_urls: {
    title: "Source URLs",
    description: 'Address of each source, separated by "; ", in the order of source_ids.',
    type: "string",
  },
  reply_date: {
    title: "Reply date",
    description: "Day of the government's published reply; empty where none was found.",
    type: "date",
  },
  reply: {
    title: "Reply",
    description:
      "The government's reply in one sentence of the dashboard's own words, in the language asked for.",
    type: "string",
  },
  reply_source_urls: {
    title: "Reply source URLs",
    description: 'Addresses of the reply\'s sources, separated by "; ".',
    type: "string",
  },
};

export const OBSERVER_CSV_COLUMNS = toColumns<ObserverExportRow>(OBSERVER_FIELDS);

/** kz-observers.csv, with the language of the verdicts when one was asked for (…-kk.csv). */
export function toObserverCsvFilename(lang: Locale = "en"): string {
  return `kz-observers${lang === "en" ? "" : `-${lang}`}.csv`;
}

/**
 * The observers' findings; `data` is the loader's copy in the language `lang` names, which the
 * verdict and reply columns and the file name follow.
 */
export function toObserverTable(
  data: ObserverData,
  lang: Locale = "en",
): ExportTable<ObserverExportRow> {
  const cited = new Set(
    data.observers.flatMap((f) => [...f.sourceIds, ...(f.reply?.sourceIds ?? [])]),
  );
  return {
    name: toObserverCsvFilename("en").replace(/\.csv$/, ""),
    fileName: toObserverCsvFilename(lang),
    title: "What observation missions reported on each vote",
    description:
      "One row per published statement or report of an observation mission (ODIHR, CIS, SCO, Organization of Turkic States, TURKPA) on Kazakhstan's votes: its document, date, the stages it concerns, its verdict summed up in one sentence of this site's own words, its sources, and the government's reply where one was published.",
    keywords: ["Kazakhstan", "elections", "observers", "ODIHR"],
    columns: OBSERVER_CSV_COLUMNS,
    rows: toObserverRows(data),
    sources: data.sources.filter((s) => cited.has(s.id)),
  };
}
