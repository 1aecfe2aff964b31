import { grouped } from "../../format";
import { halfUnit } from "./tolerance";

export interface ShareRow {
  votes: number;
  /** Percentage as stated; rows without one still count towards the total. */
  share?: number;
}

export interface ShareProblem {
  index: number;
  field: "votes" | "share";
  message: string;
}

interface Interval {
  index: number;
  lo: number;
  hi: number;
}

/**
 * The range of valid-vote totals that a row's votes and rounded share allow.
 * 206,206 votes at 2.60% (±0.005) fits a total between 7,915,777 and 7,946,281.
 */
function baseInterval(index: number, votes: number, share: number, tol: number): Interval {
  const hiShare = (share + tol) / 100;
  const loShare = (share - tol) / 100;
  return { index, lo: votes / hiShare, hi: loShare > 0 ? votes / loShare : Infinity };
}

/** The point covered by the most intervals (a sweep over sorted end points). */
function mostAgreedBase(intervals: readonly Interval[]): number {
  const points = intervals.flatMap((iv) => [
    { at: iv.lo, delta: 1 },
    { at: iv.hi, delta: -1 },
  ]);
  points.sort((a, b) => a.at - b.at || b.delta - a.delta);
  let depth = 0;
  let best = -1;
  let bestAt = 0;
  points.forEach((p, i) => {
    depth += p.delta;
    if (depth > best) {
      best = depth;
      const next = points[i + 1]?.at ?? p.at;
      bestAt = Number.isFinite(next) ? (p.at + next) / 2 : p.at;
    }
  });
  return bestAt;
}

/**
 * Recomputes every stated share from the votes. When rows disagree, the total that most rows agree on
 * decides which rows are wrong, so a single misprinted count is named instead of every share shifting.
 */
export function checkShares(
  rows: readonly ShareRow[],
  precision: number,
  /** A stated total the shares are of (ballots cast), instead of the sum of the rows. */
  base?: number,
): ShareProblem[] {
  const tol = halfUnit(precision);
  if (base !== undefined) return checkAgainstBase(rows, precision, base, tol);
  const total = rows.reduce((sum, r) => sum + r.votes, 0);
  const withShare = rows.flatMap((r, index) =>
    r.share === undefined ? [] : [{ ...r, share: r.share, index }],
  );
  if (withShare.length === 0 || total === 0) return [];
  const intervals = withShare.map((r) => baseInterval(r.index, r.votes, r.share, tol));
  const agreedBase = mostAgreedBase(intervals);
  const outliers = intervals.filter((iv) => agreedBase < iv.lo || agreedBase > iv.hi);

  if (outliers.length > 0 && outliers.length < withShare.length / 2) {
    const agreed = intervals.filter((iv) => !outliers.includes(iv));
    const lo = Math.max(...agreed.map((iv) => iv.lo));
    const hi = Math.min(...agreed.map((iv) => iv.hi));
    // If the total still fits the agreeing rows, the votes are right and the stated share is the misprint.
    if (total >= lo && total <= hi)
      return outliers.map(({ index }) => shareProblem(rows[index]!, index, total, precision));
    // Otherwise the votes are wrong; estimate the true total from the rows that agree.
    const votes = agreed.reduce((s, iv) => s + rows[iv.index]!.votes, 0);
    const shares = agreed.reduce((s, iv) => s + rows[iv.index]!.share!, 0);
    const estimate = votes / (shares / 100);
    return outliers.map(({ index }) => {
      const row = rows[index]!;
      const pct = (row.votes / estimate) * 100;
      return {
        index,
        field: "votes" as const,
        message: `${row.votes} gives ${grouped(pct, precision)}%, the stated share is ${grouped(row.share!, precision)}% (the other rows imply about ${grouped(estimate)} valid votes)`,
      };
    });
  }
  return withShare.flatMap((row) =>
    Math.abs((row.votes / total) * 100 - row.share) <= tol
      ? []
      : [shareProblem(row, row.index, total, precision)],
  );
}

/** With the total stated, each share is its own check: no row can vouch for another. */
function checkAgainstBase(
  rows: readonly ShareRow[],
  precision: number,
  base: number,
  tol: number,
): ShareProblem[] {
  return rows.flatMap((row, index) => {
    if (row.share === undefined) return [];
    const pct = (row.votes / base) * 100;
    return Math.abs(pct - row.share) <= tol
      ? []
      : [
          {
            index,
            field: "share" as const,
            message: `stated ${grouped(row.share, precision)}% but ${row.votes} of the ${base} ballots cast is ${grouped(pct, precision)}%`,
          },
        ];
  });
}

function shareProblem(
  row: ShareRow,
  index: number,
  total: number,
  precision: number,
): ShareProblem {
  const pct = (row.votes / total) * 100;
  return {
    index,
    field: "share",
    message: `stated ${grouped(row.share!, precision)}% but ${row.votes} of ${total} valid votes is ${grouped(pct, precision)}%`,
  };
}
