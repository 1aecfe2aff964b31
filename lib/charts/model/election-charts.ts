import {
  latestRevision,
  type DataSet,
  type ElectionDataset,
  type ElectionRevision,
} from "../../data/dataset";
import { formatDate, formatNumber } from "../../format";
import { electionStatusLabel, revisionChoiceLabel } from "../../data/revision-status";
import type { ChartModel, RevisionChoice } from "./model";
import { describeRanking } from "./summary";

export function statusOf(r: ElectionRevision): NonNullable<ChartModel["status"]> {
  return {
    status: r.status,
    asOf: r.asOf,
    revisionId: r.id,
    label: electionStatusLabel(r),
  };
}

/** The revision a view asks for, or the newest when it names none (or one that does not exist). */
export function pickRevision<T extends { id: string }>(
  revisions: readonly T[],
  id?: string | null,
): T {
  return revisions.find((r) => r.id === id) ?? latestRevision(revisions);
}

export function revisionChoices(revisions: readonly ElectionRevision[]): RevisionChoice[] {
  return revisions.map((r) => ({
    id: r.id,
    label: revisionChoiceLabel(r),
    status: r.status,
  }));
}

function findElection(data: DataSet, id: string): ElectionDataset | undefined {
  return data.elections.find((e) => e.meta.id === id);
}

function optionName(e: ElectionDataset, id: string): string {
  const o = e.meta.options.find((x) => x.id === id);
  return o?.shortName ?? o?.name ?? id;
}

export function resultsChart(data: DataSet, revisionId?: string | null): ChartModel | undefined {
  const e = findElection(data, "kz-2022-presidential");
  if (!e) return undefined;
  const r = pickRevision(e.revisions, revisionId);
  const total = r.results.reduce((s, x) => s + x.votes, 0);
  const rows = r.results.map((x) => ({
    id: x.option,
    option: optionName(e, x.option),
    nominatedBy: e.meta.options.find((o) => o.id === x.option)?.nominatedBy ?? "",
    votes: x.votes,
    share: x.share ?? Math.round((x.votes / total) * 10000) / 100,
  }));
  const [winner, ...rest] = [...rows].sort((a, b) => b.share - a.share);
  const others = rest.slice(1).map((x) => x.share);
  const runnerUp = rest[0];
  return {
    id: "kz-2022-results",
    section: "election",
    title: "Result of every option on the 2022 ballot",
    subtitle: `Share of valid votes, % · ${formatDate(e.meta.electionDate)}`,
    kind: "bar",
    layout: "vertical",
    indexKey: "option",
    series: [{ key: "share", label: "Share of valid votes", color: "chart-1" }],
    rows,
    unit: "percent",
    decimals: r.sharePrecision,
    table: [
      { key: "option", label: "Option" },
      { key: "nominatedBy", label: "Nominated by", onNarrow: "under-index" },
      { key: "votes", label: "Votes", unit: "votes" },
      { key: "share", label: "Share of valid votes", unit: "percent", decimals: r.sharePrecision },
    ],
    summary:
      winner && runnerUp
        ? `${winner.option} won ${formatNumber(winner.share, "percent")} of the ${formatNumber(total, "votes")} valid votes (${formatNumber(winner.votes, "votes")}). ` +
          `${runnerUp.option} came second with ${formatNumber(runnerUp.share, "percent")}; the other ${others.length} options received between ${formatNumber(Math.min(...others), "percent")} and ${formatNumber(Math.max(...others), "percent")} each.`
        : "",
    sourceIds: r.sourceIds,
    status: statusOf(r),
    datasetId: e.meta.id,
    revisions: revisionChoices(e.revisions),
    height: 40 + rows.length * 36,
  };
}

export function electorateChart(data: DataSet, revisionId?: string | null): ChartModel | undefined {
  const e = findElection(data, "kz-2022-presidential");
  if (!e) return undefined;
  const r = pickRevision(e.revisions, revisionId);
  const valid = r.results.reduce((s, x) => s + x.votes, 0);
  const issued = r.electorate.ballotsIssued ?? r.electorate.ballotsCast ?? 0;
  const rows = [
    { stage: "Registered voters", count: r.electorate.registeredVoters },
    { stage: "Ballots issued", count: issued },
    { stage: "Valid votes (derived)", count: valid },
  ];
  return {
    id: "kz-2022-electorate",
    section: "election",
    title: "From registered voters to valid votes, 2022",
    subtitle: `People and ballots · ${formatDate(e.meta.electionDate)}`,
    kind: "bar",
    layout: "vertical",
    indexKey: "stage",
    series: [{ key: "count", label: "Number", color: "chart-2" }],
    rows,
    unit: "votes",
    decimals: 0,
    table: [
      { key: "stage", label: "Stage" },
      { key: "count", label: "Number", unit: "votes" },
    ],
    summary:
      `Of ${formatNumber(r.electorate.registeredVoters, "votes")} registered voters, ${formatNumber(issued, "votes")} received ballots (${formatNumber(r.turnout.percent, "percent")} turnout) ` +
      `and ${formatNumber(valid, "votes")} valid votes were counted, leaving ${formatNumber(issued - valid, "votes")} ballots issued but not counted as valid.`,
    sourceIds: r.sourceIds,
    status: statusOf(r),
    datasetId: e.meta.id,
    revisions: revisionChoices(e.revisions),
    height: 40 + rows.length * 40,
  };
}

export function compareChart(data: DataSet): ChartModel | undefined {
  const e19 = findElection(data, "kz-2019-presidential");
  const e22 = findElection(data, "kz-2022-presidential");
  if (!e19 || !e22) return undefined;
  const r19 = latestRevision(e19.revisions);
  const r22 = latestRevision(e22.revisions);
  const share = (r: ElectionRevision) =>
    r.results.find((x) => x.option === "tokayev")?.share ?? null;
  const rows = [
    { measure: "Tokayev's share", y2019: share(r19), y2022: share(r22) },
    { measure: "Turnout", y2019: r19.turnout.percent, y2022: r22.turnout.percent },
  ];
  const diff = (a: number | null, b: number | null) =>
    a === null || b === null ? "" : formatNumber(Math.round((b - a) * 100) / 100, "points");
  return {
    id: "kz-2019-vs-2022",
    section: "election",
    title: "Tokayev's two elections: 2019 and 2022",
    subtitle: `% · ${formatDate(e19.meta.electionDate)} and ${formatDate(e22.meta.electionDate)}`,
    kind: "bar",
    layout: "horizontal",
    indexKey: "measure",
    series: [
      { key: "y2019", label: "2019", color: "chart-3" },
      { key: "y2022", label: "2022", color: "chart-1" },
    ],
    rows,
    unit: "percent",
    decimals: 2,
    table: [
      { key: "measure", label: "Measure" },
      { key: "y2019", label: "2019", unit: "percent" },
      { key: "y2022", label: "2022", unit: "percent" },
    ],
    summary:
      `Tokayev's share of valid votes went from ${formatNumber(rows[0]!.y2019 ?? 0, "percent")} in 2019 to ${formatNumber(rows[0]!.y2022 ?? 0, "percent")} in 2022 (${diff(rows[0]!.y2019, rows[0]!.y2022)}), ` +
      `while turnout went from ${formatNumber(r19.turnout.percent, "percent")} to ${formatNumber(r22.turnout.percent, "percent")} (${diff(r19.turnout.percent, r22.turnout.percent)}).`,
    sourceIds: [...new Set([...r19.sourceIds, ...r22.sourceIds])],
    status: statusOf(r22),
    height: 260,
  };
}

function mazhilisCharts(data: DataSet, revisionId?: string | null): ChartModel[] {
  const e = findElection(data, "kz-2023-mazhilis");
  if (!e) return [];
  const r = pickRevision(e.revisions, revisionId);
  const rows = r.results.map((x) => ({
    id: x.option,
    party: optionName(e, x.option),
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
    status: statusOf(r),
    datasetId: e.meta.id,
    revisions: revisionChoices(e.revisions),
  };
  return [
    {
      ...common,
      id: "kz-2023-mazhilis-votes",
      title: "Party-list vote for the Mazhilis, 2023",
      subtitle: `Share of party-list valid votes, % · ${formatDate(e.meta.electionDate)}`,
      series: [{ key: "share", label: "Share of valid votes", color: "chart-1" }],
      rows,
      unit: "percent",
      decimals: r.sharePrecision,
      table: [
        { key: "party", label: "Party" },
        { key: "votes", label: "Votes", unit: "votes" },
        { key: "share", label: "Share", unit: "percent", decimals: r.sharePrecision },
        { key: "listSeats", label: "List seats", unit: "count" },
      ],
      summary: describeRanking(
        rows.map((x) => ({ label: x.party, value: x.share ?? 0 })),
        "percent",
        2,
        "options",
      ),
      height: 40 + rows.length * 34,
    },
    {
      ...common,
      id: "kz-2023-mazhilis-seats",
      title: "Party-list seats in the Mazhilis, 2023",
      subtitle: `Seats of ${e.meta.seats?.list ?? seatsTotal} elected by party list · ${formatDate(r.asOf)}`,
      series: [{ key: "listSeats", label: "List seats", color: "chart-2" }],
      rows: parties.map(({ id, party, listSeats }) => ({ id, party, listSeats })),
      unit: "count",
      decimals: 0,
      table: [
        { key: "party", label: "Party" },
        { key: "listSeats", label: "List seats", unit: "count" },
      ],
      summary:
        `${parties.filter((x) => (x.listSeats ?? 0) > 0).length} parties passed the ${e.meta.seats?.thresholdPercent ?? 5}% threshold and share the ${seatsTotal} list seats. ` +
        describeRanking(
          parties.map((x) => ({ label: x.party, value: x.listSeats ?? 0 })),
          "count",
          0,
          "parties",
        ),
      height: 40 + parties.length * 34,
    },
  ];
}

export function mazhilisVotesChart(
  data: DataSet,
  revisionId?: string | null,
): ChartModel | undefined {
  return mazhilisCharts(data, revisionId)[0];
}

export function mazhilisSeatsChart(
  data: DataSet,
  revisionId?: string | null,
): ChartModel | undefined {
  return mazhilisCharts(data, revisionId)[1];
}
