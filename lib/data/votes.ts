import type { DataSet, ElectionDataset, TurnoutDataset, TurnoutRevision } from "./dataset";
import { compareUnits } from "./units";

/**
 * A vote with turnout by region: its election (or referendum) and its turnout releases. The map, the
 * region pages and the regional CSV all list votes through here, so a vote added to data/ appears in
 * each of them at once.
 */
export interface Vote {
  /** The election dataset's id, which is also the vote's id in URLs (vote=kz-2019-presidential). */
  id: string;
  date: string;
  election: ElectionDataset;
  turnout: TurnoutDataset;
  /**
   * The newest release with a full regional list: what the map shows for the vote by default and
   * what comparisons between votes use. A partial list (2023's 20:10) never stands for the vote.
   */
  regional: TurnoutRevision & { units: NonNullable<TurnoutRevision["units"]> };
}

function withFullList(
  r: TurnoutRevision,
): r is TurnoutRevision & { units: NonNullable<TurnoutRevision["units"]> } {
  return r.units !== undefined && r.partialUnits !== true;
}

/** Every vote with regional turnout, oldest first. */
export function votesOf(data: Pick<DataSet, "elections" | "turnouts">): Vote[] {
  return data.turnouts
    .flatMap((turnout): Vote[] => {
      const election = data.elections.find((e) => e.meta.id === turnout.meta.electionId);
      const regional = turnout.revisions.findLast(withFullList);
      if (!election || !regional) return [];
      return [
        { id: election.meta.id, date: election.meta.electionDate, election, turnout, regional },
      ];
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Differences of two-decimal percentages, kept to two decimals (69.43 − 69.31 is not 0.1200000001). */
export function points(a: number, b: number): number {
  return Math.round((a - b) * 100) / 100;
}

/** One unit at one vote's regional release: its turnout, rank among the units, gap to the country. */
export interface UnitAtVote {
  turnout: number;
  /** 1 = highest. */
  rank: number;
  of: number;
  national: number;
  gap: number;
}

export function unitAtVote(vote: Vote, unitId: string): UnitAtVote | undefined {
  const units = vote.regional.units;
  const mine = units.find((u) => u.unit === unitId);
  if (!mine) return undefined;
  return {
    turnout: mine.percent,
    rank: units.filter((u) => u.percent > mine.percent).length + 1,
    of: units.length,
    national: vote.regional.national.percent,
    gap: points(mine.percent, vote.regional.national.percent),
  };
}

/** One unit of the later vote in a comparison of two votes' regional turnout. */
export interface UnitChange {
  id: string;
  status: "comparable" | "split" | "new";
  /** Units created from this one between the votes (status "split"). */
  splitOff: string[];
  /** The unit this one was carved out of (status "new"). */
  splitFrom?: string;
  earlier: number | null;
  later: number | null;
  /** Points from the earlier to the later vote; only for a unit whose territory did not change. */
  change: number | null;
}

/**
 * The change in each unit's turnout between two votes' regional releases. A change is given only for
 * units that existed at both with the same territory; split and new units carry their figures but no
 * change, so nothing compares a region with a smaller version of itself.
 */
export function turnoutChange(
  data: Pick<DataSet, "units">,
  earlier: Vote,
  later: Vote,
): UnitChange[] {
  const at = (v: Vote, id: string) => v.regional.units.find((u) => u.unit === id)?.percent ?? null;
  return compareUnits(data.units, earlier.date, later.date).map((c) => {
    const before = c.status === "new" ? null : at(earlier, c.id);
    const after = at(later, c.id);
    return {
      id: c.id,
      status: c.status,
      splitOff: c.status === "split" ? c.splitOff : [],
      splitFrom: c.status === "new" ? c.splitFrom : undefined,
      earlier: before,
      later: after,
      change:
        c.status === "comparable" && before !== null && after !== null
          ? points(after, before)
          : null,
    };
  });
}
