import type { DataSet, TurnoutDataset } from "../../data/dataset";
import type { RevisionChoice } from "./model";
import { formatDate, formatNumber } from "../../format";
import { revisionChoiceLabel, turnoutStatusLabel } from "../../data/revision-status";
import type { ChartModel, ChartRow } from "./model";
import { describeRanking } from "./summary";

function releaseStatus(t: TurnoutDataset, index: number): NonNullable<ChartModel["status"]> {
  const r = t.revisions[index]!;
  return { status: r.status, asOf: r.asOf, revisionId: r.id, label: turnoutStatusLabel(r) };
}

function findTurnout(data: DataSet): TurnoutDataset | undefined {
  return data.turnouts.find((x) => x.meta.id === "kz-2022-turnout-intraday");
}

function choices(t: TurnoutDataset, withUnitsOnly: boolean): RevisionChoice[] {
  return t.revisions
    .filter((r) => !withUnitsOnly || r.units)
    .map((r) => ({
      id: r.id,
      label: revisionChoiceLabel(r),
      status: r.status,
    }));
}

/** Releases up to and including the one a view pins (all of them by default). */
export function intradayChart(data: DataSet, revisionId?: string | null): ChartModel | undefined {
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
    section: "election",
    title: "Turnout through election day, 2022",
    subtitle: `% of listed voters who had received a ballot · CEC releases, ${formatDate(first.asOf)}`,
    kind: "line",
    layout: "horizontal",
    indexKey: "release",
    series: [
      { key: "national", label: "Kazakhstan", color: "chart-1" },
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
      { key: "release", label: "Release" },
      { key: "national", label: "Kazakhstan", unit: "percent" },
      ...t.meta.units.map((u) => ({ key: u.id, label: u.name, unit: "percent" as const })),
    ],
    summary:
      // The first release of election day has nothing to rise from yet.
      (first === last
        ? `National turnout was ${formatNumber(first.national.percent, "percent")} at ${first.label}, the first release of the day.`
        : `National turnout rose from ${formatNumber(first.national.percent, "percent")} at ${first.label} to ${formatNumber(last.national.percent, "percent")} (${last.label.toLowerCase()}).`) +
      (highest && lowest && lastWithUnits
        ? ` At ${lastWithUnits.label}, ${highest.label} was highest (${formatNumber(highest.value, "percent")}) and ${lowest.label} lowest (${formatNumber(lowest.value, "percent")}).`
        : ""),
    sourceIds: [...new Set(t.revisions.flatMap((r) => r.sourceIds))],
    status: releaseStatus(t, t.revisions.length - 1),
    datasetId: t.meta.id,
    revisions: choices(full, false),
    height: 300,
  };
}

export function regionsChart(data: DataSet, revisionId?: string | null): ChartModel | undefined {
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
    section: "election",
    title: "Turnout by region at the close of polls, 2022",
    subtitle: `% of listed voters · CEC release ${r.label}, ${formatDate(r.asOf)}`,
    kind: "bar",
    layout: "vertical",
    indexKey: "unit",
    series: [{ key: "turnout", label: "Turnout", color: "chart-2" }],
    rows,
    unit: "percent",
    decimals: r.precision,
    table: [
      { key: "unit", label: "Region or city" },
      { key: "turnout", label: "Turnout", unit: "percent", decimals: r.precision },
    ],
    summary: `${describeRanking(
      rows.map((x) => ({ label: x.unit, value: x.turnout })),
      "percent",
      2,
      "regions and cities",
    )} Nationally: ${formatNumber(r.national.percent, "percent")}.`,
    sourceIds: r.sourceIds,
    status: releaseStatus(t, index),
    datasetId: t.meta.id,
    revisions: choices(t, true),
    rowLinks: "region",
    // 24-pixel rows for the links' sake (components/charts/static-bars.tsx), plus the gap.
    height: 40 + rows.length * 31,
  };
}
