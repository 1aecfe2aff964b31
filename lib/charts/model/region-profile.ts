import type { TurnoutMeta } from "../../data/schemas";
import { isSingleSourceRevision } from "../../data/single-source";
import type { Locale } from "../../i18n/locale";
import { findTurnout, releaseId } from "./turnout-map-chart";
import { wordsFor, type ChartData } from "./words";

/** One release as a unit saw it: its turnout, the change since the release before, its rank. */
export interface RegionRelease {
  release: string;
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

export interface RegionProfile {
  unit: TurnoutMeta["units"][number];
  releases: RegionRelease[];
  /** What changed, written from the numbers: the biggest rise and any fall. */
  summary: string;
  datasetId: string;
}

/** Differences of two-decimal percentages, kept to two decimals (69.43 − 69.31 is not 0.1200000001). */
function points(a: number, b: number): number {
  return Math.round((a - b) * 100) / 100;
}

/** A region's or city's day: undefined for an id that is not one of the units. */
export function toRegionProfile(data: ChartData, id: string): RegionProfile | undefined {
  const t = findTurnout(data);
  const unit = t?.meta.units.find((u) => u.id === id);
  if (!t || !unit) return undefined;
  const releases: RegionRelease[] = [];
  for (const r of t.revisions) {
    const mine = r.units?.find((u) => u.unit === id);
    if (!r.units || !mine) continue;
    const prev = releases[releases.length - 1];
    releases.push({
      release: r.label,
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
  return {
    unit,
    releases,
    summary: describeDay(unit.name, releases, data.locale),
    datasetId: t.meta.id,
  };
}

function describeDay(name: string, rs: readonly RegionRelease[], locale: Locale): string {
  const { t, num } = wordsFor(locale);
  const first = rs[0];
  const last = rs[rs.length - 1];
  if (!first || !last) return t("region.summaryNone", { name });
  const pct = (v: number) => num(v, "percent");
  const pts = (v: number) => num(v, "points");
  const steps = rs.slice(1).map((r, i) => ({ from: rs[i]!, to: r }));
  const rise = [...steps].sort((a, b) => (b.to.change ?? 0) - (a.to.change ?? 0))[0];
  const falls = steps.filter((s) => (s.to.change ?? 0) < 0);
  const parts = [
    t("region.summaryDay", {
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
      t("region.summaryRise", {
        from: rise.from.release,
        to: rise.to.release,
        change: pts(rise.to.change!),
      }),
    );
  for (const f of falls)
    parts.push(
      t("region.summaryFall", {
        from: f.from.release,
        to: f.to.release,
        change: pts(f.to.change!),
      }),
    );
  return parts.join(" ");
}
