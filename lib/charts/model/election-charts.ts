import { isSingleSourceRevision } from "../../data/single-source";
import {
  latestRevision,
  type DataSet,
  type ElectionDataset,
  type ElectionRevision,
} from "../../data/dataset";
import { electionStatusText, revisionChoiceText } from "../../text/revision-text";
import { join, lit, nameOf, type Text } from "../../text/text";
import type { ChartDraft, RevisionChoice } from "./model";
import { regionalNotPublished } from "./regional-note";
import { describeRanking } from "./summary";
import { draftWords, type ChartData } from "./words";
import { SERIES_ROLE_COLORS } from "./series-roles";

export function statusOf(r: ElectionRevision): NonNullable<ChartDraft["status"]> {
  return {
    status: r.status,
    asOf: r.asOf,
    revisionId: r.id,
    label: electionStatusText(r),
  };
}

/** The revision a view asks for, or the newest when it names none (or one that does not exist). */
export function pickRevision<T extends { id: string }>(
  revisions: readonly T[],
  id?: string | null,
): T {
  return revisions.find((r) => r.id === id) ?? latestRevision(revisions);
}

export function revisionChoices(revisions: readonly ElectionRevision[]): RevisionChoice<Text>[] {
  return revisions.map((r) => ({
    id: r.id,
    label: revisionChoiceText(r),
    status: r.status,
  }));
}

function findElection(data: DataSet, id: string): ElectionDataset | undefined {
  return data.elections.find((e) => e.meta.id === id);
}

/** An option's name as a table shows it: its short name where it has one. */
const optionName = (id: string): Text => nameOf(id, { short: true });

/** The option's name where a sentence puts it: графа «против всех», where the table says «Против всех». */
const optionInProse = (id: string): Text => nameOf(id, { prose: true });

export function resultsChart(data: ChartData, revisionId?: string | null): ChartDraft | undefined {
  const { t, num, date } = draftWords;
  const e = findElection(data, "kz-2022-presidential");
  if (!e) return undefined;
  const r = pickRevision(e.revisions, revisionId);
  const total = r.results.reduce((s, x) => s + x.votes, 0);
  const rows = r.results.map((x) => ({
    id: x.option,
    option: optionName(x.option),
    nominatedBy: e.meta.options.find((o) => o.id === x.option)?.nominatedBy
      ? { nominatedBy: x.option, dataset: e.meta.id }
      : null,
    votes: x.votes,
    share: x.share ?? Math.round((x.votes / total) * 10000) / 100,
  }));
  const [winner, ...rest] = [...rows].sort((a, b) => b.share - a.share);
  const others = rest.slice(1).map((x) => x.share);
  const runnerUp = rest[0];
  return {
    id: "kz-2022-results",
    section: "election",
    title: t("charts.kz-2022-results.title"),
    subtitle: t("charts.kz-2022-results.subtitle", { date: date(e.meta.electionDate) }),
    kind: "bar",
    layout: "vertical",
    indexKey: "option",
    series: [{ key: "share", label: t("columns.shareOfValid"), color: SERIES_ROLE_COLORS.share }],
    rows,
    unit: "percent",
    decimals: r.sharePrecision,
    table: [
      { key: "option", label: t("columns.option") },
      { key: "nominatedBy", label: t("columns.nominatedBy"), onNarrow: "under-index" },
      { key: "votes", label: t("columns.votes"), unit: "votes" },
      {
        key: "share",
        label: t("columns.shareOfValid"),
        unit: "percent",
        decimals: r.sharePrecision,
      },
    ],
    summary:
      winner && runnerUp
        ? t("charts.kz-2022-results.summary", {
            winner: optionInProse(winner.id),
            share: num(winner.share, "percent"),
            total: num(total, "votes"),
            votes: num(winner.votes, "votes"),
            second: optionInProse(runnerUp.id),
            secondShare: num(runnerUp.share, "percent"),
            count: others.length,
            min: num(Math.min(...others), "percent"),
            max: num(Math.max(...others), "percent"),
          })
        : lit(""),
    sourceIds: r.sourceIds,
    confirmingSourceIds: r.confirmingSourceIds,
    singleSource: isSingleSourceRevision(r),
    regionalNotPublished: regionalNotPublished(e),
    status: statusOf(r),
    datasetId: e.meta.id,
    revisions: revisionChoices(e.revisions),
    height: 40 + rows.length * 36,
  };
}

export function electorateChart(
  data: ChartData,
  revisionId?: string | null,
): ChartDraft | undefined {
  const { t, num, date } = draftWords;
  const e = findElection(data, "kz-2022-presidential");
  if (!e) return undefined;
  const r = pickRevision(e.revisions, revisionId);
  const valid = r.results.reduce((s, x) => s + x.votes, 0);
  const issued = r.electorate.ballotsIssued ?? r.electorate.ballotsCast ?? 0;
  const rows = [
    { stage: t("charts.kz-2022-electorate.registered"), count: r.electorate.registeredVoters },
    { stage: t("charts.kz-2022-electorate.issued"), count: issued },
    { stage: t("charts.kz-2022-electorate.valid"), count: valid },
  ];
  return {
    id: "kz-2022-electorate",
    section: "election",
    title: t("charts.kz-2022-electorate.title"),
    subtitle: t("charts.kz-2022-electorate.subtitle", { date: date(e.meta.electionDate) }),
    kind: "bar",
    layout: "vertical",
    indexKey: "stage",
    series: [{ key: "count", label: t("columns.number"), color: SERIES_ROLE_COLORS.count }],
    rows,
    unit: "votes",
    decimals: 0,
    table: [
      { key: "stage", label: t("columns.stage") },
      { key: "count", label: t("columns.number"), unit: "votes" },
    ],
    summary: join(
      [
        t("charts.kz-2022-electorate.summary", {
          registered: num(r.electorate.registeredVoters, "votes"),
          issued: num(issued, "votes"),
          turnout: num(r.turnout.percent, "percent"),
          valid: num(valid, "votes"),
          notValid: num(issued - valid, "votes"),
        }),
        // Issued minus valid is no count of invalid ballots: say whether the CEC published one.
        r.electorate.invalidVotes === undefined
          ? t("charts.kz-2022-electorate.invalidNotPublished")
          : t("charts.kz-2022-electorate.invalid", {
              invalid: num(r.electorate.invalidVotes, "votes"),
            }),
      ],
      " ",
    ),
    sourceIds: r.sourceIds,
    confirmingSourceIds: r.confirmingSourceIds,
    singleSource: isSingleSourceRevision(r),
    status: statusOf(r),
    datasetId: e.meta.id,
    revisions: revisionChoices(e.revisions),
    height: 40 + rows.length * 40,
  };
}

export function compareChart(data: ChartData): ChartDraft | undefined {
  const { t, num, date } = draftWords;
  const e19 = findElection(data, "kz-2019-presidential");
  const e22 = findElection(data, "kz-2022-presidential");
  if (!e19 || !e22) return undefined;
  const r19 = latestRevision(e19.revisions);
  const r22 = latestRevision(e22.revisions);
  const share = (r: ElectionRevision) =>
    r.results.find((x) => x.option === "tokayev")?.share ?? null;
  const rows = [
    { measure: t("charts.kz-2019-vs-2022.share"), y2019: share(r19), y2022: share(r22) },
    {
      measure: t("charts.kz-2019-vs-2022.turnout"),
      y2019: r19.turnout.percent,
      y2022: r22.turnout.percent,
    },
  ];
  const diff = (a: number | null, b: number | null) =>
    a === null || b === null ? lit("") : num(Math.round((b - a) * 100) / 100, "points");
  return {
    id: "kz-2019-vs-2022",
    section: "election",
    title: t("charts.kz-2019-vs-2022.title"),
    subtitle: t("charts.kz-2019-vs-2022.subtitle", {
      first: date(e19.meta.electionDate),
      second: date(e22.meta.electionDate),
    }),
    coverage: `${e19.meta.electionDate}/${e22.meta.electionDate}`,
    kind: "bar",
    layout: "horizontal",
    indexKey: "measure",
    series: [
      { key: "y2019", label: lit("2019"), color: SERIES_ROLE_COLORS.earlier },
      { key: "y2022", label: lit("2022"), color: SERIES_ROLE_COLORS.share },
    ],
    rows,
    unit: "percent",
    decimals: 2,
    table: [
      { key: "measure", label: t("columns.measure") },
      { key: "y2019", label: lit("2019"), unit: "percent" },
      { key: "y2022", label: lit("2022"), unit: "percent" },
    ],
    summary: t("charts.kz-2019-vs-2022.summary", {
      share2019: num(rows[0]!.y2019 ?? 0, "percent"),
      share2022: num(rows[0]!.y2022 ?? 0, "percent"),
      shareChange: diff(rows[0]!.y2019, rows[0]!.y2022),
      turnout2019: num(r19.turnout.percent, "percent"),
      turnout2022: num(r22.turnout.percent, "percent"),
      turnoutChange: diff(r19.turnout.percent, r22.turnout.percent),
    }),
    sourceIds: [...new Set([...r19.sourceIds, ...r22.sourceIds])],
    confirmingSourceIds: [
      ...new Set([...(r19.confirmingSourceIds ?? []), ...(r22.confirmingSourceIds ?? [])]),
    ],
    status: statusOf(r22),
    height: 260,
  };
}

/** A party's row in the Mazhilis charts, in pixels. */
const PARTY_ROW = 42;

function mazhilisCharts(data: ChartData, revisionId?: string | null): ChartDraft[] {
  const { t, num, date } = draftWords;
  const e = findElection(data, "kz-2023-mazhilis");
  if (!e) return [];
  const r = pickRevision(e.revisions, revisionId);
  const rows = r.results.map((x) => ({
    id: x.option,
    party: optionName(x.option),
    votes: x.votes,
    share: x.share ?? null,
    listSeats: x.listSeats ?? null,
  }));
  const parties = rows.filter((x) => x.listSeats !== null);
  const seatsTotal = parties.reduce((s, x) => s + (x.listSeats ?? 0), 0);
  const common = {
    section: "parliament" as const,
    kind: "bar" as const,
    layout: "vertical" as const,
    indexKey: "party",
    sourceIds: r.sourceIds,
    confirmingSourceIds: r.confirmingSourceIds,
    singleSource: isSingleSourceRevision(r),
    status: statusOf(r),
    datasetId: e.meta.id,
    revisions: revisionChoices(e.revisions),
  };
  return [
    {
      ...common,
      id: "kz-2023-mazhilis-votes",
      regionalNotPublished: regionalNotPublished(e),
      title: t("charts.kz-2023-mazhilis-votes.title"),
      subtitle: t("charts.kz-2023-mazhilis-votes.subtitle", { date: date(e.meta.electionDate) }),
      series: [{ key: "share", label: t("columns.shareOfValid"), color: SERIES_ROLE_COLORS.share }],
      rows,
      unit: "percent",
      decimals: r.sharePrecision,
      table: [
        { key: "party", label: t("columns.party") },
        { key: "votes", label: t("columns.votes"), unit: "votes" },
        { key: "share", label: t("columns.share"), unit: "percent", decimals: r.sharePrecision },
        { key: "listSeats", label: t("columns.listSeats"), unit: "count" },
      ],
      summary: join(
        [
          describeRanking(
            rows.map((x) => ({ label: optionInProse(x.id), value: x.share ?? 0 })),
            "percent",
            2,
            "options",
          ),
          turnoutSentence(r),
        ],
        " ",
      ),
      // Rows tall enough for a party's full name in three lines on a phone («ОСДП (Общенациональная
      // социал-демократическая партия)»), beside its bar, uncut.
      height: 40 + rows.length * PARTY_ROW,
    },
    {
      ...common,
      id: "kz-2023-mazhilis-seats",
      title: t("charts.kz-2023-mazhilis-seats.title"),
      subtitle: t("charts.kz-2023-mazhilis-seats.subtitle", {
        count: e.meta.seats?.list ?? seatsTotal,
        date: date(r.asOf),
      }),
      series: [
        { key: "listSeats", label: t("columns.listSeats"), color: SERIES_ROLE_COLORS.seats },
      ],
      rows: parties.map(({ id, party, listSeats }) => ({ id, party, listSeats })),
      unit: "count",
      decimals: 0,
      table: [
        { key: "party", label: t("columns.party") },
        { key: "listSeats", label: t("columns.listSeats"), unit: "count" },
      ],
      summary: join(
        [
          t("charts.kz-2023-mazhilis-seats.summary", {
            count: parties.filter((x) => (x.listSeats ?? 0) > 0).length,
            threshold: num(e.meta.seats?.thresholdPercent ?? 5, "percent", 0),
            seats: seatsTotal,
          }),
          describeRanking(
            parties.map((x) => ({ label: optionInProse(x.id), value: x.listSeats ?? 0 })),
            "count",
            0,
            "parties",
          ),
        ],
        " ",
      ),
      height: 40 + parties.length * PARTY_ROW,
    },
  ];
}

/** The revision's turnout, saying so when it is election night's figure carried into a later count. */
function turnoutSentence(r: ElectionRevision): Text {
  const { t, num, date } = draftWords;
  const turnout = num(r.turnout.percent, "percent");
  return r.carried?.fields.includes("turnout.percent")
    ? t("charts.kz-2023-mazhilis-votes.turnoutCarried", { turnout, date: date(r.carried.from) })
    : t("charts.kz-2023-mazhilis-votes.turnout", { turnout });
}

export function mazhilisVotesChart(
  data: ChartData,
  revisionId?: string | null,
): ChartDraft | undefined {
  return mazhilisCharts(data, revisionId)[0];
}

export function mazhilisSeatsChart(
  data: ChartData,
  revisionId?: string | null,
): ChartDraft | undefined {
  return mazhilisCharts(data, revisionId)[1];
}
