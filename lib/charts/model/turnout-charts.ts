import { isSingleSourceRevision } from "../../data/single-source";
import type { DataSet, TurnoutDataset } from "../../data/dataset";
import type { RevisionChoice } from "./model";
import {
  releaseInProse,
  revisionChoiceLabel,
  turnoutStatusLabel,
} from "../../data/revision-status";
import type { Locale } from "../../i18n/locale";
import type { ChartModel, ChartRow } from "./model";
import { describeRanking } from "./summary";
import { wordsFor, type ChartData } from "./words";

function releaseStatus(
  t: TurnoutDataset,
  index: number,
  locale: Locale,
): NonNullable<ChartModel["status"]> {
  const r = t.revisions[index]!;
  return { status: r.status, asOf: r.asOf, revisionId: r.id, label: turnoutStatusLabel(r, locale) };
}

function findTurnout(data: DataSet): TurnoutDataset | undefined {
  return data.turnouts.find((x) => x.meta.id === "kz-2022-turnout-intraday");
}

function choices(t: TurnoutDataset, withUnitsOnly: boolean, locale: Locale): RevisionChoice[] {
  return t.revisions
    .filter((r) => !withUnitsOnly || r.units)
    .map((r) => ({
      id: r.id,
      label: revisionChoiceLabel(r, locale),
      status: r.status,
    }));
}

/** Releases up to and including the one a view pins (all of them by default). */
export function intradayChart(data: ChartData, revisionId?: string | null): ChartModel | undefined {
  const { locale, t: w, num, date } = wordsFor(data.locale);
  const full = findTurnout(data);
  if (!full) return undefined;
  const end = full.revisions.findIndex((r) => r.id === revisionId);
  const t = end >= 0 ? { ...full, revisions: full.revisions.slice(0, end + 1) } : full;
  const rows: ChartRow[] = t.revisions.map((r) => {
    const row: ChartRow = { id: r.id, release: r.label, national: r.national.percent };
    for (const u of t.meta.units)
      row[u.id] = r.units?.find((x) => x.unit === u.id)?.percent ?? null;
    return row;
  });
  const first = t.revisions[0]!;
  const last = t.revisions[t.revisions.length - 1]!;
  const lastWithUnits = [...t.revisions].reverse().find((r) => r.units);
  const ranked = (lastWithUnits?.units ?? []).map((u) => ({
    label: t.meta.units.find((m) => m.id === u.unit)?.name ?? u.unit,
    value: u.percent,
  }));
  const top = [...ranked].sort((a, b) => b.value - a.value);
  const highest = top[0];
  const lowest = top[top.length - 1];
  return {
    id: "kz-2022-turnout-intraday",
    locale,
    section: "election",
    title: w("charts.kz-2022-turnout-intraday.title"),
    subtitle: w("charts.kz-2022-turnout-intraday.subtitle", { date: date(first.asOf) }),
    kind: "line",
    layout: "horizontal",
    indexKey: "release",
    series: [
      { key: "national", label: w("columns.kazakhstan"), color: "chart-1" },
      ...t.meta.units.map((u) => ({
        key: u.id,
        label: u.name,
        color: "chart-muted" as const,
        muted: true,
      })),
    ],
    rows,
    unit: "percent",
    decimals: 2,
    table: [
      { key: "release", label: w("columns.release") },
      { key: "national", label: w("columns.kazakhstan"), unit: "percent" },
      ...t.meta.units.map((u) => ({ key: u.id, label: u.name, unit: "percent" as const })),
    ],
    summary:
      // The first release of election day has nothing to rise from yet.
      (first === last
        ? w("charts.kz-2022-turnout-intraday.summaryFirst", {
            turnout: num(first.national.percent, "percent"),
            time: first.label,
          })
        : w("charts.kz-2022-turnout-intraday.summaryRise", {
            from: num(first.national.percent, "percent"),
            time: first.label,
            to: num(last.national.percent, "percent"),
            last: releaseInProse(last, locale),
          })) +
      (highest && lowest && lastWithUnits
        ? " " +
          w("charts.kz-2022-turnout-intraday.summaryUnits", {
            time: lastWithUnits.label,
            highest: highest.label,
            high: num(highest.value, "percent"),
            lowest: lowest.label,
            low: num(lowest.value, "percent"),
          })
        : ""),
    sourceIds: [...new Set(t.revisions.flatMap((r) => r.sourceIds))],
    confirmingSourceIds: [...new Set(t.revisions.flatMap((r) => r.confirmingSourceIds ?? []))],
    status: releaseStatus(t, t.revisions.length - 1, locale),
    datasetId: t.meta.id,
    revisions: choices(full, false, locale),
    height: 300,
  };
}

export function regionsChart(data: ChartData, revisionId?: string | null): ChartModel | undefined {
  const { locale, t: w, num, date } = wordsFor(data.locale);
  const t = findTurnout(data);
  if (!t) return undefined;
  const pinned = t.revisions.findIndex((r) => r.id === revisionId && r.units);
  const index = pinned >= 0 ? pinned : t.revisions.findLastIndex((r) => r.units);
  const r = t.revisions[index];
  if (!r?.units) return undefined;
  const rows = r.units
    .map((u) => ({
      id: u.unit,
      unit: t.meta.units.find((m) => m.id === u.unit)?.name ?? u.unit,
      turnout: u.percent,
    }))
    .sort((a, b) => b.turnout - a.turnout);
  return {
    id: "kz-2022-turnout-regions",
    locale,
    section: "election",
    title: w("charts.kz-2022-turnout-regions.title"),
    subtitle: w("charts.kz-2022-turnout-regions.subtitle", { time: r.label, date: date(r.asOf) }),
    kind: "bar",
    layout: "vertical",
    indexKey: "unit",
    series: [{ key: "turnout", label: w("columns.turnout"), color: "chart-2" }],
    rows,
    unit: "percent",
    decimals: r.precision,
    table: [
      { key: "unit", label: w("columns.unit") },
      { key: "turnout", label: w("columns.turnout"), unit: "percent", decimals: r.precision },
    ],
    summary: `${describeRanking(
      rows.map((x) => ({ label: x.unit, value: x.turnout })),
      "percent",
      2,
      "units",
      locale,
    )} ${w("charts.kz-2022-turnout-regions.national", { turnout: num(r.national.percent, "percent") })}`,
    sourceIds: r.sourceIds,
    confirmingSourceIds: r.confirmingSourceIds,
    singleSource: isSingleSourceRevision(r),
    status: releaseStatus(t, index, locale),
    datasetId: t.meta.id,
    revisions: choices(t, true, locale),
    rowLinks: "region",
    // 24-pixel rows for the links' sake (components/charts/static-bars.tsx), plus the gap.
    height: 40 + rows.length * 31,
  };
}
