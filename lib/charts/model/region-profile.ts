import { isSingleSourceRevision } from "../../data/single-source";
import { releaseLabelText } from "../../text/revision-text";
import { join, msg, nameOf, num, type Text } from "../../text/text";
import type { UnitRef } from "./region-votes";
import { findTurnout, releaseId } from "./turnout-map-chart";
import type { ChartData } from "./words";

/** One release as a unit saw it: its turnout, the change since the release before, its rank. */
export interface RegionRelease {
  /** Its time ("20:00"); a count after the day's releases by its status. */
  release: Text;
  releaseId: string;
  revisionId: string;
  turnout: number;
  /** Points since the previous release; null at the first. */
  change: number | null;
  /** 1 = highest of the units with a figure at that release. */
  rank: number;
  of: number;
  national: number;
  /** Points above (or below) the national figure. */
  gap: number;
  sourceIds: string[];
  /** The release rests on one source only (lib/data/single-source.ts). */
  singleSource: boolean;
}

/** A unit's election day, the same in every language: its words are Text, resolved by the page. */
export interface RegionProfile {
  /** The unit, named as it was on the day. */
  unit: UnitRef;
  releases: RegionRelease[];
  /** What changed, written from the numbers: the biggest rise and any fall. */
  summary: Text;
  datasetId: string;
}

/** Differences of two-decimal percentages, kept to two decimals (69.43 − 69.31 is not 0.1200000001). */
function points(a: number, b: number): number {
  return Math.round((a - b) * 100) / 100;
}

/** A region's or city's day: undefined for an id that is not one of the units. */
export function toRegionProfile(data: ChartData, id: string): RegionProfile | undefined {
  const t = findTurnout(data);
  if (!t?.meta.units.some((u) => u.id === id)) return undefined;
  const day = data.elections.find((e) => e.meta.id === t.meta.electionId)?.meta.electionDate;
  const unit: UnitRef = { id, name: nameOf(id, day ? { on: day } : {}) };
  const releases: RegionRelease[] = [];
  for (const r of t.revisions) {
    const mine = r.units?.find((u) => u.unit === id);
    if (!r.units || !mine) continue;
    const prev = releases[releases.length - 1];
    releases.push({
      release: releaseLabelText(r),
      releaseId: releaseId(r),
      revisionId: r.id,
      turnout: mine.percent,
      change: prev ? points(mine.percent, prev.turnout) : null,
      rank: r.units.filter((u) => u.percent > mine.percent).length + 1,
      of: r.units.length,
      national: r.national.percent,
      gap: points(mine.percent, r.national.percent),
      sourceIds: r.sourceIds,
      singleSource: isSingleSourceRevision(r),
    });
  }
  return { unit, releases, summary: describeDay(unit.name, releases), datasetId: t.meta.id };
}

function describeDay(name: Text, rs: readonly RegionRelease[]): Text {
  const first = rs[0];
  const last = rs[rs.length - 1];
  if (!first || !last) return msg("region.summaryNone", { name });
  const pct = (v: number) => num(v, "percent", 2);
  const pts = (v: number) => num(v, "points", 2);
  const steps = rs.slice(1).map((r, i) => ({ from: rs[i]!, to: r }));
  const rise = [...steps].sort((a, b) => (b.to.change ?? 0) - (a.to.change ?? 0))[0];
  const falls = steps.filter((s) => (s.to.change ?? 0) < 0);
  const parts: Text[] = [
    msg("region.summaryDay", {
      name,
      from: pct(first.turnout),
      firstTime: first.release,
      firstRank: first.rank,
      firstOf: first.of,
      to: pct(last.turnout),
      lastTime: last.release,
      lastRank: last.rank,
      lastOf: last.of,
      gap: pts(last.gap),
    }),
  ];
  if (rise && (rise.to.change ?? 0) > 0)
    parts.push(
      msg("region.summaryRise", {
        from: rise.from.release,
        to: rise.to.release,
        change: pts(rise.to.change!),
      }),
    );
  for (const f of falls)
    parts.push(
      msg("region.summaryFall", {
        from: f.from.release,
        to: f.to.release,
        change: pts(f.to.change!),
      }),
    );
  return join(parts, " ");
}
