import type { ElectionDataset } from "../../data/dataset";
import { latestRevision } from "../../data/dataset";
import type { ExitPoll } from "../../data/exit-polls-schema";
import { join, msg, nameOf, num, date, type Text } from "../../text/text";
import type { ChartDraft, DraftRow, TableColumn } from "./model";
import type { ChartData } from "./words";

export const EXIT_POLLS_CHART_ID = "kz-2022-exit-polls";
const ELECTION_ID = "kz-2022-presidential";
const LEAD = "tokayev";
/** The row of the commission's result, which the chart draws in the accent colour. */
export const OFFICIAL_ROW_ID = "official";

/** Percentage points between two shares, to the shares' own precision (82.45 − 81.31 = 1.14). */
function pointsBetween(a: number, b: number, decimals: number): number {
  const scale = 10 ** decimals;
  return (Math.round(a * scale) - Math.round(b * scale)) / scale;
}

const publishers = (ids: readonly string[]): Text =>
  join(
    [...new Set(ids)].map((id) => ({ publisher: id })),
    ", ",
  );

function pollSourceIds(p: ExitPoll): string[] {
  return [
    ...p.sourceIds,
    ...(p.commissionedBy?.sourceIds ?? []),
    ...(p.turnout?.sourceIds ?? []),
    ...(p.marginOfError?.sourceIds ?? []),
    ...(p.respondents?.sourceIds ?? []),
    ...(p.pollingStations?.sourceIds ?? []),
  ];
}

/**
 * Tokayev's share in each exit poll of 20 November 2022 beside the commission's final result, read
 * from the election dataset, with each poll's difference from it in percentage points; the table
 * gives every option, turnout and what each poll said of itself (sample, margin, who ordered it).
 */
export function exitPollsChart(data: ChartData): ChartDraft | undefined {
  const e: ElectionDataset | undefined = data.elections.find((x) => x.meta.id === ELECTION_ID);
  const polls = data.exitPolls.polls.filter((p) => p.election === ELECTION_ID);
  if (!e || polls.length === 0) return undefined;
  const r = latestRevision(e.revisions);
  const official = r.results.find((x) => x.option === LEAD)?.share;
  if (official === undefined) return undefined;
  const d = r.sharePrecision;
  const shareOf = (results: readonly { option: string; share?: number }[], id: string) =>
    results.find((x) => x.option === id)?.share ?? null;
  const optionCells = (results: readonly { option: string; share?: number }[]) =>
    Object.fromEntries(
      e.meta.options.filter((o) => o.id !== LEAD).map((o) => [o.id, shareOf(results, o.id)]),
    );

  const pollRows: DraftRow[] = polls.map((p) => {
    const share = shareOf(p.results, LEAD) ?? 0;
    const diff = pointsBetween(share, official, Math.max(d, p.sharePrecision));
    return {
      id: p.id,
      source: { exitPoll: p.id, field: "pollsterShort" },
      pollster: { exitPoll: p.id, field: "pollster" },
      published: date(p.published),
      share,
      diff,
      label: msg("exitPolls.barLabel", {
        share: num(share, "percent", p.sharePrecision),
        diff: num(diff, "points", d),
      }),
      ...optionCells(p.results),
      turnout: p.turnout?.percent ?? null,
      margin: p.marginOfError
        ? msg("exitPolls.margin", { points: num(p.marginOfError.points, "count", 0) })
        : null,
      respondents: p.respondents
        ? num(p.respondents.count, "count", 0, { qualifier: p.respondents.qualifier })
        : null,
      stations: p.pollingStations?.count ?? null,
      commissionedBy: p.commissionedBy ? { exitPoll: p.id, field: "commissionedBy" } : null,
      sources: publishers(pollSourceIds(p)),
    };
  });
  const officialRow: DraftRow = {
    id: OFFICIAL_ROW_ID,
    source: msg("exitPolls.official"),
    pollster: msg("exitPolls.officialLong"),
    published: date(r.asOf.slice(0, 10)),
    share: official,
    diff: null,
    label: null,
    ...optionCells(r.results),
    turnout: r.turnout.percent,
    margin: null,
    respondents: null,
    stations: null,
    commissionedBy: null,
    sources: publishers(r.sourceIds),
  };
  const diffs = pollRows.map((x) => x.diff as number);
  const shares = pollRows.map((x) => x.share as number);
  const withMargin = polls.filter((p) => p.marginOfError).length;
  const pct = (key: string, label: Text): TableColumn<Text> => ({
    key,
    label,
    unit: "percent",
    decimals: d,
  });
  const table: TableColumn<Text>[] = [
    { key: "source", label: msg("exitPolls.columns.source") },
    { key: "published", label: msg("exitPolls.columns.published") },
    pct("share", msg("exitPolls.columns.share")),
    { key: "diff", label: msg("exitPolls.columns.diff"), unit: "points", decimals: d },
    ...e.meta.options
      .filter((o) => o.id !== LEAD)
      .map((o) => pct(o.id, nameOf(o.id, { short: true }))),
    pct("turnout", msg("exitPolls.columns.turnout")),
    { key: "margin", label: msg("exitPolls.columns.margin") },
    { key: "respondents", label: msg("exitPolls.columns.respondents") },
    { key: "stations", label: msg("exitPolls.columns.stations"), unit: "count" },
    { key: "pollster", label: msg("exitPolls.columns.pollster"), onNarrow: "under-index" },
    {
      key: "commissionedBy",
      label: msg("exitPolls.columns.commissionedBy"),
    },
    { key: "sources", label: msg("exitPolls.columns.sources") },
  ];
  const rows = [...pollRows, officialRow];
  return {
    id: EXIT_POLLS_CHART_ID,
    section: "election",
    title: msg("exitPolls.title"),
    subtitle: msg("exitPolls.subtitle", { date: date(e.meta.electionDate) }),
    kind: "bar",
    layout: "vertical",
    indexKey: "source",
    series: [{ key: "share", label: msg("exitPolls.columns.share"), color: "chart-1" }],
    rows,
    unit: "percent",
    decimals: d,
    table,
    summary: join(
      [
        msg("exitPolls.summary.surveys"),
        msg("exitPolls.summary.range", {
          count: polls.length,
          min: num(Math.min(...shares), "percent", d),
          max: num(Math.max(...shares), "percent", d),
          official: num(official, "percent", d),
          minDiff: num(Math.min(...diffs), "points", d),
          maxDiff: num(Math.max(...diffs), "points", d),
        }),
        msg("exitPolls.summary.margin", { count: polls.length, withMargin }),
        msg("exitPolls.summary.limits"),
      ],
      " ",
    ),
    sourceIds: [...new Set([...polls.flatMap(pollSourceIds), ...r.sourceIds])],
    confirmingSourceIds: r.confirmingSourceIds,
    highlight: OFFICIAL_ROW_ID,
    valueLabelKey: "label",
    height: 40 + rows.length * 40,
  };
}
