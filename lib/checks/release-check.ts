import type { TurnoutDataset } from "../data/dataset";
import { points } from "../data/votes";

/** One release as the check sees it: when it was, and each unit's figure it gives. */
export interface ReleaseAt {
  id: string;
  label: string;
  asOf: string;
  status: string;
  precision: number;
  units?: readonly { unit: string; percent: number }[];
}

/** What the check needs of a turnout dataset; a synthetic one in a test is this shape. */
export interface ReleaseSeries {
  meta: Pick<TurnoutDataset["meta"], "id" | "timezone" | "pollsClose" | "units">;
  revisions: readonly ReleaseAt[];
}

/** A unit's figure that behaves as turnout cannot: it fell, or it rose after the unit's polls closed. */
export interface ReleaseFlag {
  datasetId: string;
  unit: string;
  kind: "decrease" | "riseAfterClose";
  fromId: string;
  fromLabel: string;
  from: number;
  toId: string;
  toLabel: string;
  to: number;
  /** Points from the earlier release to the later. */
  change: number;
  /** The unit's closing time ("20:00"), where data/ gives it. */
  closes: string | null;
  decimals: number;
}

/** What was checked in one dataset, and what was found. */
export interface ReleaseCheck {
  datasetId: string;
  /** Election day, in the dataset's timezone (ISO). */
  day: string;
  /** Election-day releases with a list of units, oldest first. */
  releases: { id: string; label: string }[];
  /** Pairs of consecutive figures of one unit that were compared. */
  pairs: number;
  /** Whether closing times are in data/: without them only decreases are looked for. */
  closingTimes: boolean;
  flags: ReleaseFlag[];
}

/** Minutes from UTC of an offset such as "+06:00". */
function offsetMinutes(offset: string): number {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!m) return 0;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** The day and clock time ("2022-11-20", "20:00") of an instant in a timezone. */
function localTime(asOf: string, timezone: string): { day: string; clock: string } {
  const shifted = new Date(Date.parse(asOf) + offsetMinutes(timezone) * 60_000).toISOString();
  return { day: shifted.slice(0, 10), clock: shifted.slice(11, 16) };
}

/**
 * Looks at each unit's figures through election day, release after release (a unit missing from a
 * release, as in a list that survives only in part, is compared across the gap), and flags a figure
 * lower than the one before, and a rise from a release made when the unit's polls had already
 * closed. Releases of later days (the final count) are not election-day figures and are left out.
 * Undefined when the dataset has fewer than two such releases.
 */
export function checkReleases(series: ReleaseSeries): ReleaseCheck | undefined {
  const { id: datasetId, timezone, pollsClose } = series.meta;
  const withUnits = series.revisions.filter((r) => r.units?.length);
  const firstDay = withUnits[0] && localTime(withUnits[0].asOf, timezone).day;
  const day = withUnits.filter(
    (r) => r.status === "preliminary" && localTime(r.asOf, timezone).day === firstDay,
  );
  if (day.length < 2) return undefined;
  const closes = (unit: string) => pollsClose?.byUnit[unit] ?? pollsClose?.default ?? null;
  const flags: ReleaseFlag[] = [];
  let pairs = 0;
  for (const { id: unit } of series.meta.units) {
    let prev: { r: ReleaseAt; percent: number } | undefined;
    for (const r of day) {
      const percent = r.units?.find((u) => u.unit === unit)?.percent;
      if (percent === undefined) continue;
      if (prev) {
        pairs += 1;
        const close = closes(unit);
        const closedBefore = close !== null && localTime(prev.r.asOf, timezone).clock >= close;
        const kind =
          percent < prev.percent
            ? "decrease"
            : percent > prev.percent && closedBefore
              ? "riseAfterClose"
              : null;
        if (kind)
          flags.push({
            datasetId,
            unit,
            kind,
            fromId: prev.r.id,
            fromLabel: prev.r.label,
            from: prev.percent,
            toId: r.id,
            toLabel: r.label,
            to: percent,
            change: points(percent, prev.percent),
            closes: close,
            decimals: Math.min(prev.r.precision, r.precision),
          });
      }
      prev = { r, percent };
    }
  }
  return {
    datasetId,
    day: firstDay!,
    releases: day.map((r) => ({ id: r.id, label: r.label })),
    pairs,
    closingTimes: pollsClose !== undefined,
    flags,
  };
}
