import type { DataSet, TurnoutRevision } from "../data/dataset";
import { points, turnoutChange, votesOf, type Vote } from "../data/votes";
import { checkReleases } from "./release-check";

/**
 * Checks on the turnout figures, computed from data/ and nothing else: how far apart the units are at
 * each vote, which units moved most between votes, and whether the election-day releases behave as
 * turnout does (it never falls, and it stops rising once a unit's polls have closed). Language-free:
 * ids and numbers only; the page and the CSV put them into words.
 */

/** One unit's figure at a vote. */
export interface UnitFigure {
  id: string;
  percent: number;
}

/** The spread of turnout across the units of one vote, at the vote's regional release. */
export interface VoteSpread {
  voteId: string;
  date: string;
  electionType: string;
  releaseLabel: string;
  releaseStatus: TurnoutRevision["status"];
  decimals: number;
  sourceIds: string[];
  national: number;
  /** Highest first; units of equal turnout keep the dataset's order. */
  units: UnitFigure[];
  min: number;
  max: number;
  /** Points between the highest and the lowest unit. */
  range: number;
  /** The middle unit's figure, or the mean of the middle two (so it may carry one more decimal). */
  median: number;
  medianDecimals: number;
  /** Every unit at the lowest and at the highest figure (a tie names them all). */
  lowest: string[];
  highest: string[];
}

export function voteSpread(vote: Vote): VoteSpread {
  const order = vote.turnout.meta.units.map((u) => u.id);
  const units = [...vote.regional.units]
    .map((u) => ({ id: u.unit, percent: u.percent }))
    .sort((a, b) => b.percent - a.percent || order.indexOf(a.id) - order.indexOf(b.id));
  const values = units.map((u) => u.percent).sort((a, b) => a - b);
  const mid = Math.floor(values.length / 2);
  const decimals = vote.regional.precision;
  const median =
    values.length % 2
      ? values[mid]!
      : Math.round(((values[mid - 1]! + values[mid]!) / 2) * 1e4) / 1e4;
  const min = values[0]!;
  const max = values[values.length - 1]!;
  const scale = 10 ** decimals;
  return {
    voteId: vote.id,
    date: vote.date,
    electionType: vote.election.meta.electionType,
    releaseLabel: vote.regional.label,
    releaseStatus: vote.regional.status,
    decimals,
    sourceIds: vote.regional.sourceIds,
    national: vote.regional.national.percent,
    units,
    min,
    max,
    range: points(max, min),
    median,
    medianDecimals: Number.isInteger(Math.round(median * scale * 1e6) / 1e6)
      ? decimals
      : decimals + 1,
    lowest: units.filter((u) => u.percent === min).map((u) => u.id),
    highest: units.filter((u) => u.percent === max).map((u) => u.id),
  };
}

/** A unit's change between two votes, in percentage points. */
export interface Move {
  id: string;
  earlier: number;
  later: number;
  change: number;
}

/** The units that moved most between two consecutive votes, among those whose territory did not change. */
export interface VoteMoves {
  earlierVoteId: string;
  laterVoteId: string;
  earlierDate: string;
  laterDate: string;
  /** The coarser of the two releases' decimals. */
  decimals: number;
  /** Units compared: they existed at both votes with the same territory. */
  compared: number;
  /** Units left out because a unit was carved out of them, or they did not exist at the earlier vote. */
  excluded: string[];
  rises: Move[];
  falls: Move[];
}

/** How many units each way the table lists per pair of votes. */
export const MOVES_EACH_WAY = 3;

export function voteMoves(
  data: Pick<DataSet, "units">,
  earlier: Vote,
  later: Vote,
  each = MOVES_EACH_WAY,
): VoteMoves {
  const changes = turnoutChange(data, earlier, later);
  const moves = changes.flatMap((c): Move[] =>
    c.change !== null && c.earlier !== null && c.later !== null
      ? [{ id: c.id, earlier: c.earlier, later: c.later, change: c.change }]
      : [],
  );
  return {
    earlierVoteId: earlier.id,
    laterVoteId: later.id,
    earlierDate: earlier.date,
    laterDate: later.date,
    decimals: Math.min(earlier.regional.precision, later.regional.precision),
    compared: moves.length,
    excluded: changes.filter((c) => c.change === null).map((c) => c.id),
    rises: moves
      .filter((m) => m.change > 0)
      .sort((a, b) => b.change - a.change)
      .slice(0, each),
    falls: moves
      .filter((m) => m.change < 0)
      .sort((a, b) => a.change - b.change)
      .slice(0, each),
  };
}

/** Every vote's spread and every pair of consecutive votes' moves, oldest first. */
export function turnoutChecks(data: Pick<DataSet, "elections" | "turnouts" | "units">) {
  const votes = votesOf(data);
  return {
    spreads: votes.map(voteSpread),
    moves: votes.slice(1).map((v, i) => voteMoves(data, votes[i]!, v)),
    releases: data.turnouts.flatMap((t) => {
      const check = checkReleases(t);
      return check ? [check] : [];
    }),
  };
}
export type TurnoutChecks = ReturnType<typeof turnoutChecks>;
