import type { ElectionDataset } from "../../data/dataset";
import { latestRevision } from "../../data/dataset";
import type { ExitPoll } from "../../data/exit-polls-schema";
import { statedDecimals } from "../../format";
import type { MessageKey } from "../../i18n/translate";
import { join, msg, nameOf, num, date, type Text } from "../../text/text";
import type { ChartDraft, DraftRow, SectionId, TableColumn } from "./model";
import type { ChartData } from "./words";
import { SERIES_ROLE_COLORS } from "./series-roles";

export const EXIT_POLLS_CHART_ID = "kz-2022-exit-polls";
export const MAZHILIS_EXIT_POLLS_CHART_ID = "kz-2023-mazhilis-exit-polls";
/** The row of the commission's result, which the chart draws in the accent colour. */
export const OFFICIAL_ROW_ID = "official";

/** The words that differ between elections: a presidential title names a person, a party list a party. */
interface ElectionWords {
  title: MessageKey;
  subtitle: MessageKey;
  share: MessageKey;
  range: MessageKey;
  /** A sentence on what the press said of the polls, where it claimed a match. */
  note?: Text;
}

export interface ExitPollChartConfig {
  id: string;
  election: string;
  /** The dashboard section of the election the polls asked about. */
  section: SectionId;
  words: ElectionWords;
}

export const EXIT_POLL_CHARTS = {
  [EXIT_POLLS_CHART_ID]: {
    id: EXIT_POLLS_CHART_ID,
    election: "kz-2022-presidential",
    section: "election",
    words: {
      title: "exitPolls.presidential2022.title",
      subtitle: "exitPolls.presidential2022.subtitle",
      share: "exitPolls.presidential2022.share",
      range: "exitPolls.presidential2022.range",
    },
  },
  [MAZHILIS_EXIT_POLLS_CHART_ID]: {
    id: MAZHILIS_EXIT_POLLS_CHART_ID,
    election: "kz-2023-mazhilis",
    section: "parliament",
    words: {
      title: "exitPolls.mazhilis2023.title",
      subtitle: "exitPolls.mazhilis2023.subtitle",
      share: "exitPolls.mazhilis2023.share",
      range: "exitPolls.mazhilis2023.range",
      note: msg("exitPolls.mazhilis2023.matched", {
        publisher: { publisher: "newtimes-2023-final" },
      }),
    },
  },
} as const satisfies Record<string, ExitPollChartConfig>;

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

type Shares = readonly { option: string; share?: number }[];
const shareOf = (results: Shares, id: string) =>
  results.find((x) => x.option === id)?.share ?? null;
const diffKey = (option: string) => `${option}-diff`;

/**
 * The exit polls of one election beside the commission's final result, read from the election
 * dataset. The bars give the share of the option that led the official count (found in the data,
 * so the same drafter serves a presidential and a party-list vote) and each poll's difference from
 * it in points; the table gives every option's share and difference, turnout and what each poll
 * said of itself (sample, margin, who ordered it). An option a poll did not announce stays empty and
 * the description names it.
 */
export function exitPollsChart(config: ExitPollChartConfig) {
  return (data: ChartData): ChartDraft | undefined => draft(config, data);
}

function draft(
  { id, election, section, words }: ExitPollChartConfig,
  data: ChartData,
): ChartDraft | undefined {
  const e: ElectionDataset | undefined = data.elections.find((x) => x.meta.id === election);
  const polls = data.exitPolls.polls.filter((p) => p.election === election);
  if (!e || polls.length === 0) return undefined;
  const r = latestRevision(e.revisions);
  const leadResult = r.results.reduce((a, b) => ((b.share ?? 0) > (a.share ?? 0) ? b : a));
  const lead = leadResult.option;
  const official = leadResult.share;
  if (official === undefined) return undefined;
  const d = r.sharePrecision;
  const others = e.meta.options.filter((o) => o.id !== lead).map((o) => o.id);
  const leadName = nameOf(lead, { short: true });

  /** Every option's share and its difference from the official one; null where not announced. */
  const optionCells = (results: Shares, precision: number | null) =>
    Object.fromEntries(
      others.flatMap((o) => {
        const share = shareOf(results, o);
        const base = shareOf(r.results, o);
        const diff =
          precision === null || share === null || base === null
            ? null
            : pointsBetween(share, base, Math.max(d, precision));
        return [
          [o, share],
          [diffKey(o), diff],
        ];
      }),
    );

  const pollRows: DraftRow[] = polls.map((p) => {
    const share = shareOf(p.results, lead);
    const diff =
      share === null ? null : pointsBetween(share, official, Math.max(d, p.sharePrecision));
    return {
      id: p.id,
      source: { exitPoll: p.id, field: "pollsterShort" },
      pollster: { exitPoll: p.id, field: "pollster" },
      published: date(p.published),
      share,
      diff,
      ...optionCells(p.results, p.sharePrecision),
      turnout: p.turnout?.percent ?? null,
      margin: p.marginOfError
        ? msg("exitPolls.margin", {
            points: num(p.marginOfError.points, "count", statedDecimals(p.marginOfError.points)),
          })
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
    ...optionCells(r.results, null),
    turnout: r.turnout.percent,
    margin: null,
    respondents: null,
    stations: null,
    commissionedBy: null,
    sources: publishers(r.sourceIds),
  };
  const withLead = pollRows.filter((x) => typeof x.share === "number");
  const diffs = withLead.map((x) => x.diff as number);
  const shares = withLead.map((x) => x.share as number);
  const withMargin = polls.filter((p) => p.marginOfError).length;
  const pct = (key: string, label: Text): TableColumn<Text> => ({
    key,
    label,
    unit: "percent",
    decimals: d,
  });
  const points = (key: string, label: Text): TableColumn<Text> => ({
    key,
    label,
    unit: "points",
    decimals: d,
  });
  const table: TableColumn<Text>[] = [
    { key: "source", label: msg("exitPolls.columns.source") },
    { key: "published", label: msg("exitPolls.columns.published") },
    pct("share", msg(words.share, { lead: leadName })),
    points("diff", msg("exitPolls.columns.diff")),
    ...others.flatMap((o) => [
      pct(o, nameOf(o, { short: true })),
      points(diffKey(o), msg("exitPolls.columns.optionDiff", { name: nameOf(o, { short: true }) })),
    ]),
    pct("turnout", msg("exitPolls.columns.turnout")),
    { key: "margin", label: msg("exitPolls.columns.margin") },
    { key: "respondents", label: msg("exitPolls.columns.respondents") },
    { key: "stations", label: msg("exitPolls.columns.stations"), unit: "count" },
    { key: "pollster", label: msg("exitPolls.columns.pollster"), onNarrow: "under-index" },
    { key: "commissionedBy", label: msg("exitPolls.columns.commissionedBy") },
    { key: "sources", label: msg("exitPolls.columns.sources") },
  ];
  const rows = [...pollRows, officialRow];
  return {
    id,
    section,
    // The polls asked voters leaving the stations, on the day of the vote.
    coverage: e.meta.electionDate,
    title: msg(words.title),
    subtitle: msg(words.subtitle, { lead: leadName, date: date(e.meta.electionDate) }),
    kind: "bar",
    layout: "vertical",
    indexKey: "source",
    series: [
      {
        key: "share",
        label: msg(words.share, { lead: leadName }),
        color: SERIES_ROLE_COLORS.share,
      },
    ],
    rows,
    unit: "percent",
    decimals: d,
    table,
    summary: join(
      [
        msg("exitPolls.summary.surveys"),
        ...(shares.length
          ? [
              msg(words.range, {
                lead: leadName,
                count: shares.length,
                min: num(Math.min(...shares), "percent", d),
                max: num(Math.max(...shares), "percent", d),
                official: num(official, "percent", d),
                minDiff: num(Math.min(...diffs), "points", d),
                maxDiff: num(Math.max(...diffs), "points", d),
              }),
            ]
          : []),
        ...widestGap(pollRows, others, d),
        ...polls.flatMap((p) => notGiven(p, e)),
        msg("exitPolls.summary.margin", { count: polls.length, withMargin }),
        ...(words.note ? [words.note] : []),
        msg("exitPolls.summary.limits"),
      ],
      " ",
    ),
    sourceIds: [...new Set([...polls.flatMap(pollSourceIds), ...r.sourceIds])],
    confirmingSourceIds: r.confirmingSourceIds,
    highlight: OFFICIAL_ROW_ID,
    height: 40 + rows.length * 40,
  };
}

/**
 * The largest difference from the official share over every poll and every option but the leading
 * one (which the range sentence gives), so "close" is judged on the whole ballot.
 */
function widestGap(pollRows: DraftRow[], options: string[], d: number): Text[] {
  let widest: { points: number; option: string; row: DraftRow } | undefined;
  for (const row of pollRows)
    options.forEach((o) => {
      const v = row[diffKey(o)];
      if (typeof v === "number" && (!widest || Math.abs(v) > Math.abs(widest.points)))
        widest = { points: v, option: o, row };
    });
  if (!widest) return [];
  return [
    msg("exitPolls.summary.spread", {
      points: num(widest.points, "points", d),
      option: nameOf(widest.option, { short: true, prose: true }),
      pollster: widest.row.source as Text,
    }),
  ];
}

/** A poll that announced only some options: the description names the ones it left out. */
function notGiven(p: ExitPoll, e: ElectionDataset): Text[] {
  const missing = e.meta.options.filter((o) => !p.results.some((x) => x.option === o.id));
  if (missing.length === 0) return [];
  return [
    msg("exitPolls.summary.notGiven", {
      pollster: { exitPoll: p.id, field: "pollsterShort" },
      options: join(
        missing.map((o) => nameOf(o.id, { short: true })),
        ", ",
      ),
    }),
  ];
}
