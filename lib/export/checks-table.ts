import { turnoutChecks, type TurnoutChecks } from "../checks/turnout-checks";
import type { DataSet } from "../data/dataset";
import { nameOn, type NameData } from "../data/name-on";
import { points, votesOf } from "../data/votes";
import type { Locale } from "../i18n/locale";
import type { ExportTable } from "./table";
import type { ExportColumn } from "./table-schema";

/** The tables of /[locale]/checks/turnout, each a CSV at /api/checks/<id>/data.csv. */
export const CHECK_TABLES = ["turnout-spread", "turnout-moves", "turnout-releases"] as const;
export type CheckTable = (typeof CHECK_TABLES)[number];

export function isCheckTable(id: string): id is CheckTable {
  return (CHECK_TABLES as readonly string[]).includes(id);
}

export type CheckRow = Record<string, string | number | boolean | null>;
type Row = CheckRow;

const col = (
  header: string,
  type: ExportColumn<Row>["type"],
  description: string,
  extra: Partial<ExportColumn<Row>> = {},
): ExportColumn<Row> => ({
  header,
  title: header.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase()),
  description,
  type,
  value: (row) => row[header] ?? null,
  ...extra,
});

const UNIT_NAME = col(
  "unit_name",
  "string",
  "The unit's name on the vote's day, in the language asked for with lang (kk, ru or en; English by default).",
);
const PERCENT = { unit: "percent" as const };
const POINTS = { unit: "points" as const };

/** Columns of each table, in order; the CSV and its description in OpenAPI read them. */
export const CHECK_COLUMNS: Record<CheckTable, ExportColumn<Row>[]> = {
  "turnout-spread": [
    col("vote_id", "string", "The vote, as in /api/elections/<id>/results.csv.", { keyPart: true }),
    col("vote_date", "date", "Day of the vote (ISO 8601)."),
    col("release_label", "string", "The release the figures are from: the vote's last full list."),
    col("unit_id", "string", "Region or city, as on the vote's day.", { keyPart: true }),
    UNIT_NAME,
    col("turnout", "number", "The unit's turnout in that release.", PERCENT),
    col("national_turnout", "number", "The country's turnout in the same release.", PERCENT),
    col("gap_points", "number", "turnout minus national_turnout.", POINTS),
    col("lowest", "boolean", "true for the unit (or units) with the lowest turnout of the vote."),
    col("highest", "boolean", "true for the unit (or units) with the highest turnout of the vote."),
    col("decimals", "integer", "Decimal places the release gave its percentages to."),
  ],
  "turnout-moves": [
    col("earlier_vote_id", "string", "The earlier of two consecutive votes.", { keyPart: true }),
    col("later_vote_id", "string", "The later vote.", { keyPart: true }),
    col("direction", "string", "rise or fall.", { values: ["rise", "fall"], keyPart: true }),
    col("rank", "integer", "1 for the largest move that way.", { keyPart: true }),
    col("unit_id", "string", "A unit whose territory did not change between the two votes."),
    UNIT_NAME,
    col("earlier_turnout", "number", "The unit's turnout at the earlier vote.", PERCENT),
    col("later_turnout", "number", "The unit's turnout at the later vote.", PERCENT),
    col("change_points", "number", "later_turnout minus earlier_turnout.", POINTS),
  ],
  "turnout-releases": [
    col("dataset_id", "string", "The turnout dataset of the vote.", { keyPart: true }),
    col("unit_id", "string", "The unit whose figures were flagged.", { keyPart: true }),
    UNIT_NAME,
    col(
      "check",
      "string",
      "decrease: lower than the unit's figure in the release before; rise_after_close: higher, although the release before came when the unit's polls had already closed.",
      { values: ["decrease", "rise_after_close"] },
    ),
    col("from_release", "string", "The earlier release's time of day.", { keyPart: true }),
    col("to_release", "string", "The later release's time of day."),
    col("from_turnout", "number", "The unit's figure in the earlier release.", PERCENT),
    col("to_turnout", "number", "The unit's figure in the later release.", PERCENT),
    col("change_points", "number", "to_turnout minus from_turnout.", POINTS),
    col("polls_close", "string", "When the unit's polls closed (Astana time), where data/ has it."),
  ],
};

/** The rows of one table, with unit names in the language asked for. */
export function toCheckRows(
  table: CheckTable,
  checks: TurnoutChecks,
  data: NameData,
  lang: Locale,
): Row[] {
  if (table === "turnout-spread")
    return checks.spreads.flatMap((s) =>
      s.units.map((u) => ({
        vote_id: s.voteId,
        vote_date: s.date,
        release_label: s.releaseLabel,
        unit_id: u.id,
        unit_name: nameOn(data, u.id, s.date, lang),
        turnout: u.percent,
        national_turnout: s.national,
        gap_points: points(u.percent, s.national),
        lowest: s.lowest.includes(u.id),
        highest: s.highest.includes(u.id),
        decimals: s.decimals,
      })),
    );
  if (table === "turnout-moves")
    return checks.moves.flatMap((m) =>
      (["rise", "fall"] as const).flatMap((direction) =>
        (direction === "rise" ? m.rises : m.falls).map((x, i) => ({
          earlier_vote_id: m.earlierVoteId,
          later_vote_id: m.laterVoteId,
          direction,
          rank: i + 1,
          unit_id: x.id,
          unit_name: nameOn(data, x.id, m.laterDate, lang),
          earlier_turnout: x.earlier,
          later_turnout: x.later,
          change_points: x.change,
        })),
      ),
    );
  return checks.releases.flatMap((c) =>
    c.flags.map((f) => ({
      dataset_id: f.datasetId,
      unit_id: f.unit,
      unit_name: nameOn(data, f.unit, c.day, lang),
      check: f.kind === "decrease" ? "decrease" : "rise_after_close",
      from_release: f.fromLabel,
      to_release: f.toLabel,
      from_turnout: f.from,
      to_turnout: f.to,
      change_points: f.change,
      polls_close: f.closes,
    })),
  );
}

/** kz-turnout-spread.csv, with the language of the names when one was asked for (…-kk.csv). */
export function toCheckCsvFilename(table: CheckTable, lang: Locale): string {
  return `kz-${table}${lang === "en" ? "" : `-${lang}`}.csv`;
}

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

/** One table of the checks, with unit names in the language asked for. */
export function toCheckTable(
  table: CheckTable,
  data: ChecksData,
  lang: Locale = "en",
): ExportTable<CheckRow> {
  const turnouts = votesOf(data).map((v) => v.turnout);
  const cited = new Set(
    turnouts.flatMap((t) => [
      ...t.revisions.flatMap((r) => r.sourceIds),
      ...(t.meta.pollsClose?.sourceIds ?? []),
    ]),
  );
  return {
    name: toCheckCsvFilename(table, "en").replace(/\.csv$/, ""),
    fileName: toCheckCsvFilename(table, lang),
    title: TITLES[table],
    description: `${CHECK_DESCRIPTIONS[table]} Computed from the published turnout figures in this site's data; a check shows where figures behave unusually, not why.`,
    keywords: ["Kazakhstan", "turnout", "regions", "data checks"],
    columns: CHECK_COLUMNS[table],
    rows: toCheckRows(table, turnoutChecks(data), data, lang),
    sources: data.sources.filter((s) => cited.has(s.id)),
  };
}
