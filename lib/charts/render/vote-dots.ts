/**
 * A small dot chart of one unit's turnout at each vote against the country's, drawn on the server:
 * one column per vote, a dot for each figure, its value above or below it. Everything is in the SVG's
 * own units; the page scales the drawing as a whole, so its width grows with the number of votes
 * (a column is COLUMN units) and the text stays the same size whether it shows two votes or four.
 */
export const VOTE_DOTS = { column: 80, height: 200, left: 38, right: 6, top: 18, bottom: 44 };

/** What the layout needs of a row: both figures, and whether its unit may be joined to the row before. */
export interface VoteDotsInput {
  turnout: number;
  national: number;
  /** The unit's territory did not change since the row before. */
  joined: boolean;
}

/** A dot and where its value is written: above a dot that is the higher of its column, else below. */
export interface Dot {
  x: number;
  y: number;
  labelY: number;
}

export interface VoteDotsLayout {
  width: number;
  height: number;
  ticks: { value: number; y: number }[];
  columns: number[];
  unit: Dot[];
  country: Dot[];
  /** Index pairs of unit dots joined by a line (same territory at both votes). */
  unitLinks: [number, number][];
  /** Baseline of the first line of the labels under the columns. */
  axisY: number;
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * The axis spans the figures with room for a label above the highest and below the lowest, in steps
 * of 10 points (20 when the span is wide), so close figures are not squashed into one line.
 */
export function voteDotsScale(values: readonly number[]): { lo: number; hi: number; step: number } {
  const low = Math.min(...values) - 6;
  const high = Math.max(...values) + 6;
  const step = high - low > 60 ? 20 : 10;
  return {
    lo: Math.max(0, Math.floor(low / step) * step),
    hi: Math.min(100, Math.ceil(high / step) * step),
    step,
  };
}

export function voteDotsLayout(rows: readonly VoteDotsInput[]): VoteDotsLayout {
  const { column, height, left, right, top, bottom } = VOTE_DOTS;
  const width = left + column * Math.max(1, rows.length) + right;
  const { lo, hi, step } = voteDotsScale(rows.flatMap((r) => [r.turnout, r.national]));
  const plotH = height - top - bottom;
  const y = (v: number) => round(top + plotH - ((v - lo) / (hi - lo)) * plotH);
  const columns = rows.map((_, i) => round(left + column * (i + 0.5)));
  // 15-unit text: its baseline 7 above a dot's centre, or 18 below it.
  const dot = (x: number, v: number, above: boolean): Dot => ({
    x,
    y: y(v),
    labelY: round(y(v) + (above ? -7 : 18)),
  });
  const ticks: VoteDotsLayout["ticks"] = [];
  for (let v = lo; v <= hi; v += step) ticks.push({ value: v, y: y(v) });
  return {
    width,
    height,
    ticks,
    columns,
    unit: rows.map((r, i) => dot(columns[i]!, r.turnout, r.turnout >= r.national)),
    country: rows.map((r, i) => dot(columns[i]!, r.national, r.national > r.turnout)),
    unitLinks: rows.flatMap((r, i): [number, number][] => (i > 0 && r.joined ? [[i - 1, i]] : [])),
    axisY: height - bottom + 18,
  };
}
