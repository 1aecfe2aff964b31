import { nameOn } from "../../data/name-on";
import type { RevisionStatus } from "../../data/revision-status";
import { isSingleSourceRevision } from "../../data/single-source";
import { turnoutChange, unitAtVote, votesOf, type Vote } from "../../data/votes";
import { wordsFor, type ChartData } from "./words";

/** A unit and its name: as it is called now, or as it was on the day a lineage speaks of. */
export interface UnitRef {
  id: string;
  name: string;
}

/** One vote as a unit saw it, at the vote's regional release (lib/data/votes.ts). */
export interface RegionVoteRow {
  voteId: string;
  /** The day of the vote (ISO). */
  date: string;
  /** "Presidential election, 9 Jun 2019". */
  vote: string;
  /** "Referendum", for the chart's axis under the year. */
  short: string;
  /** The unit's name on the vote's day where it differs from today's ("город Нур-Султан"), else null. */
  calledThen: string | null;
  /** The release's time ("20:00") and status: election-night figures are preliminary. */
  release: string;
  status: RevisionStatus;
  turnout: number;
  /** 1 = highest of the units of that vote. */
  rank: number;
  of: number;
  national: number;
  /** Points above (or below) the country. */
  gap: number;
  /** Decimals the release states its figures to (2019's are to one). */
  decimals: number;
  /** Points since the unit's figure at the vote before; null where there is none to compare with. */
  change: number | null;
  /** Decimals of the change: the coarser of the two releases'. */
  changeDecimals: number;
  /** Why there is no change: the territory changed, or the unit did not exist; null at the first vote. */
  noChange: string | null;
  sourceIds: string[];
  singleSource: boolean;
}

/** A change of territory that touches the unit: the day it happened and the unit on the other side. */
export interface Lineage {
  on: string;
  /** Formatted date. */
  date: string;
  units: UnitRef[];
}

export interface RegionVotes {
  unit: UnitRef;
  rows: RegionVoteRow[];
  /** The unit this one was carved out of, and when. */
  createdFrom?: Lineage;
  /** Units carved out of this one, by day. */
  splitOff: Lineage[];
  /** Sources of the lineage (data/units.json). */
  lineageSourceIds: string[];
  /** The year of the first vote shown. */
  since: string;
  /** The chart's text description, written from the rows. */
  summary: string;
}

/** Each unit's name as it is called now: from the newest vote that has it. */
function currentNames(votes: readonly Vote[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const v of votes) for (const u of v.turnout.meta.units) names.set(u.id, u.name);
  return names;
}

/** A unit's turnout at every vote it existed for, compared with the country and with its vote before. */
export function toRegionVotes(data: ChartData, id: string): RegionVotes | undefined {
  const { t, date } = wordsFor(data.locale);
  const votes = votesOf(data);
  const names = currentNames(votes);
  const ref = (unitId: string, day?: string): UnitRef => ({
    id: unitId,
    name: day ? nameOn(data, unitId, day, data.locale) : (names.get(unitId) ?? unitId),
  });
  const period = data.units.find((u) => u.id === id);
  if (!period || !names.has(id)) return undefined;

  const rows = votes.flatMap((vote, i): RegionVoteRow[] => {
    const at = unitAtVote(vote, id);
    if (!at) return [];
    const before = votes[i - 1];
    const compared = before
      ? turnoutChange(data, before, vote).find((c) => c.id === id)
      : undefined;
    const decimals = vote.regional.precision;
    let noChange: string | null = null;
    if (compared?.status === "new")
      noChange = t("regionVotes.noChangeNew", { date: date(period.from ?? vote.date) });
    if (compared?.status === "split") {
      const on = data.units.find((u) => u.id === compared.splitOff[0])?.from ?? vote.date;
      const split = compared.splitOff.map((u) => ref(u, on));
      noChange = t("regionVotes.noChangeSplit", {
        count: split.length,
        units: split.map((u) => u.name).join(", "),
        date: date(on),
      });
    }
    const then = nameOn(data, id, vote.date, data.locale);
    return [
      {
        voteId: vote.id,
        date: vote.date,
        vote: t(`regionVotes.vote.${vote.election.meta.electionType}`, { date: date(vote.date) }),
        short: t(`regionVotes.voteShort.${vote.election.meta.electionType}`),
        calledThen: then === names.get(id) ? null : then,
        release: vote.regional.label,
        status: vote.regional.status,
        ...at,
        decimals,
        change: compared?.change ?? null,
        changeDecimals: Math.min(decimals, before?.regional.precision ?? decimals),
        noChange,
        sourceIds: vote.regional.sourceIds,
        singleSource: isSingleSourceRevision(vote.regional),
      },
    ];
  });
  if (!rows.length) return undefined;

  const lineage = (on: string, ids: readonly string[]): Lineage => ({
    on,
    date: date(on),
    units: ids.map((u) => ref(u, on)),
  });
  const children = data.units.filter((u) => u.splitFrom === id && u.from !== undefined);
  const days = [...new Set(children.map((u) => u.from!))].sort();
  const cited = [period.splitFrom && period.from ? [period] : [], children].flat();
  const unit = ref(id);
  return {
    unit,
    rows,
    createdFrom:
      period.splitFrom && period.from ? lineage(period.from, [period.splitFrom]) : undefined,
    splitOff: days.map((day) =>
      lineage(
        day,
        children.filter((u) => u.from === day).map((u) => u.id),
      ),
    ),
    lineageSourceIds: [...new Set(cited.flatMap((u) => u.sourceIds ?? []))],
    since: rows[0]!.date.slice(0, 4),
    summary: describeVotes(unit.name, rows, data.locale),
  };
}

/** The chart's description: how often the unit was above the country, its highest and lowest. */
function describeVotes(
  name: string,
  rows: readonly RegionVoteRow[],
  locale: ChartData["locale"],
): string {
  const { t, num } = wordsFor(locale);
  const pct = (r: RegionVoteRow) => num(r.turnout, "percent", r.decimals);
  const above = rows.filter((r) => r.gap > 0).length;
  const below = rows.filter((r) => r.gap < 0).length;
  const vars = { name, count: rows.length, above, year: rows[0]!.date.slice(0, 4) };
  // "Above at 0 of 4" reads as a riddle: when every vote went one way, say so.
  const parts = [
    rows.length > 1 && above === rows.length
      ? t("regionVotes.summaryAboveAll", vars)
      : rows.length > 1 && below === rows.length
        ? t("regionVotes.summaryBelowAll", vars)
        : t("regionVotes.summaryAbove", vars),
  ];
  if (rows.length > 1) {
    const sorted = [...rows].sort((a, b) => b.turnout - a.turnout);
    const max = sorted[0]!;
    const min = sorted[sorted.length - 1]!;
    parts.push(
      t("regionVotes.summaryRange", {
        max: pct(max),
        maxVote: max.vote,
        min: pct(min),
        minVote: min.vote,
      }),
    );
  }
  return parts.join(" ");
}
