import { formerNameOn } from "../../data/name-on";
import type { RevisionStatus } from "../../data/revision-status";
import { isSingleSourceRevision } from "../../data/single-source";
import { turnoutChange, unitAtVote, votesOf, type Vote } from "../../data/votes";
import { releaseLabelText } from "../../text/revision-text";
import { date, join, lit, msg, nameOf, num, type Text } from "../../text/text";
import type { ChartData } from "./words";

/** A unit and its name: as it is called now, or as it was on the day a lineage speaks of. */
export interface UnitRef {
  id: string;
  name: Text;
}

/** One vote as a unit saw it, at the vote's regional release (lib/data/votes.ts). */
export interface RegionVoteRow {
  voteId: string;
  /** The day of the vote (ISO). */
  date: string;
  /** "Presidential election, 9 Jun 2019". */
  vote: Text;
  /** "Referendum", for the chart's axis under the year. */
  short: Text;
  /** The unit's name on the vote's day where it differs from today's ("город Нур-Султан"), else null. */
  calledThen: Text | null;
  /** The release's time ("20:00") and status: election-night figures are preliminary. */
  release: Text;
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
  noChange: Text | null;
  sourceIds: string[];
  singleSource: boolean;
}

/** A change of territory that touches the unit: the day it happened and the unit on the other side. */
export interface Lineage {
  on: string;
  /** The day, in words. */
  date: Text;
  units: UnitRef[];
}

/** A unit at every vote, the same in every language: its words are Text, resolved by the page. */
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
  summary: Text;
}

/** The day of the newest vote that lists the unit: what it was called then is what it is called now. */
function currentDay(votes: readonly Vote[], id: string): string | undefined {
  return votes.findLast((v) => v.turnout.meta.units.some((u) => u.id === id))?.date;
}

/** A unit's turnout at every vote it existed for, compared with the country and with its vote before. */
export function toRegionVotes(data: ChartData, id: string): RegionVotes | undefined {
  const votes = votesOf(data);
  const now = currentDay(votes, id);
  const ref = (unitId: string, on: string): UnitRef => ({
    id: unitId,
    name: nameOf(unitId, { on }),
  });
  const period = data.units.find((u) => u.id === id);
  if (!period || now === undefined) return undefined;
  const formerId = (day: string) => formerNameOn(data.names, id, day)?.id;

  const rows = votes.flatMap((vote, i): RegionVoteRow[] => {
    const at = unitAtVote(vote, id);
    if (!at) return [];
    const before = votes[i - 1];
    const compared = before
      ? turnoutChange(data, before, vote).find((c) => c.id === id)
      : undefined;
    const decimals = vote.regional.precision;
    let noChange: Text | null = null;
    if (compared?.status === "new")
      noChange = msg("regionVotes.noChangeNew", { date: date(period.from ?? vote.date) });
    if (compared?.status === "split") {
      const on = data.units.find((u) => u.id === compared.splitOff[0])?.from ?? vote.date;
      const split = compared.splitOff.map((u) => ref(u, on));
      noChange = msg("regionVotes.noChangeSplit", {
        count: split.length,
        units: join(
          split.map((u) => u.name),
          ", ",
        ),
        date: date(on),
      });
    }
    const type = vote.election.meta.electionType;
    return [
      {
        voteId: vote.id,
        date: vote.date,
        vote: msg(`regionVotes.vote.${type}`, { date: date(vote.date) }),
        short: msg(`regionVotes.voteShort.${type}`),
        // Called otherwise that day: the name it bore then differs from the one it bears now.
        calledThen: formerId(vote.date) === formerId(now) ? null : nameOf(id, { on: vote.date }),
        release: releaseLabelText(vote.regional),
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
  const unit = ref(id, now);
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
    summary: describeVotes(unit.name, rows),
  };
}

/** The chart's description: how often the unit was above the country, its highest and lowest. */
function describeVotes(name: Text, rows: readonly RegionVoteRow[]): Text {
  const pct = (r: RegionVoteRow) => num(r.turnout, "percent", r.decimals);
  const above = rows.filter((r) => r.gap > 0).length;
  const below = rows.filter((r) => r.gap < 0).length;
  const vars = { name, count: rows.length, above, year: lit(rows[0]!.date.slice(0, 4)) };
  // "Above at 0 of 4" reads as a riddle: when every vote went one way, say so.
  const parts = [
    rows.length > 1 && above === rows.length
      ? msg("regionVotes.summaryAboveAll", vars)
      : rows.length > 1 && below === rows.length
        ? msg("regionVotes.summaryBelowAll", vars)
        : msg("regionVotes.summaryAbove", vars),
  ];
  if (rows.length > 1) {
    const sorted = [...rows].sort((a, b) => b.turnout - a.turnout);
    const max = sorted[0]!;
    const min = sorted[sorted.length - 1]!;
    parts.push(
      msg("regionVotes.summaryRange", {
        max: pct(max),
        maxVote: max.vote,
        min: pct(min),
        minVote: min.vote,
      }),
    );
  }
  return join(parts, " ");
}
