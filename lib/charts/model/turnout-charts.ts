import {
  releaseInProseText,
  releaseLabelText,
  revisionChoiceText,
  turnoutStatusText,
} from "../../text/revision-text";
import { isSingleSourceRevision } from "../../data/single-source";
import type { DataSet, TurnoutDataset } from "../../data/dataset";
import { join, nameOf, type NameText, type Text } from "../../text/text";
import type { ChartDraft, DraftRow, RevisionChoice } from "./model";
import { describeRanking } from "./summary";
import { draftWords } from "./words";
import { SERIES_ROLE_COLORS } from "./series-roles";

function releaseStatus(t: TurnoutDataset, index: number): NonNullable<ChartDraft["status"]> {
  const r = t.revisions[index]!;
  return { status: r.status, asOf: r.asOf, revisionId: r.id, label: turnoutStatusText(r) };
}

function findTurnout(data: DataSet): TurnoutDataset | undefined {
  return data.turnouts.find((x) => x.meta.id === "kz-2022-turnout-intraday");
}

/** A unit's name as it was on the vote's day (Nur-Sultan in 2019), as the dataset's list gives it. */
function unitNames(data: DataSet, t: TurnoutDataset): (id: string) => NameText {
  const on = data.elections.find((e) => e.meta.id === t.meta.electionId)?.meta.electionDate;
  return (id) => nameOf(id, on ? { on } : {});
}

function choices(t: TurnoutDataset, withUnitsOnly: boolean): RevisionChoice<Text>[] {
  return t.revisions
    .filter((r) => !withUnitsOnly || r.units)
    .map((r) => ({ id: r.id, label: revisionChoiceText(r), status: r.status }));
}

/** Releases up to and including the one a view pins (all of them by default). */
export function intradayChart(data: DataSet, revisionId?: string | null): ChartDraft | undefined {
  const { t: w, num, date } = draftWords;
  const full = findTurnout(data);
  if (!full) return undefined;
  const end = full.revisions.findIndex((r) => r.id === revisionId);
  const t = end >= 0 ? { ...full, revisions: full.revisions.slice(0, end + 1) } : full;
  const name = unitNames(data, t);
  const rows: DraftRow[] = t.revisions.map((r) => {
    const row: DraftRow = { id: r.id, release: releaseLabelText(r), national: r.national.percent };
    for (const u of t.meta.units)
      row[u.id] = r.units?.find((x) => x.unit === u.id)?.percent ?? null;
    return row;
  });
  const first = t.revisions[0]!;
  const last = t.revisions[t.revisions.length - 1]!;
  const lastWithUnits = [...t.revisions].reverse().find((r) => r.units);
  const top = [...(lastWithUnits?.units ?? [])].sort((a, b) => b.percent - a.percent);
  const highest = top[0];
  const lowest = top[top.length - 1];
  // The first release of election day has nothing to rise from yet.
  const national =
    first === last
      ? w("charts.kz-2022-turnout-intraday.summaryFirst", {
          turnout: num(first.national.percent, "percent"),
          time: releaseLabelText(first),
        })
      : w("charts.kz-2022-turnout-intraday.summaryRise", {
          from: num(first.national.percent, "percent"),
          time: releaseLabelText(first),
          to: num(last.national.percent, "percent"),
          last: releaseInProseText(last),
        });
  return {
    id: "kz-2022-turnout-intraday",
    section: "election",
    title: w("charts.kz-2022-turnout-intraday.title"),
    subtitle: w("charts.kz-2022-turnout-intraday.subtitle", { date: date(first.asOf) }),
    kind: "line",
    layout: "horizontal",
    indexKey: "release",
    series: [
      { key: "national", label: w("columns.kazakhstan"), color: SERIES_ROLE_COLORS.turnout },
      ...t.meta.units.map((u) => ({
        key: u.id,
        label: name(u.id),
        color: SERIES_ROLE_COLORS.context,
        muted: true,
      })),
    ],
    rows,
    unit: "percent",
    decimals: 2,
    table: [
      { key: "release", label: w("columns.release") },
      { key: "national", label: w("columns.kazakhstan"), unit: "percent" },
      ...t.meta.units.map((u) => ({ key: u.id, label: name(u.id), unit: "percent" as const })),
    ],
    summary:
      highest && lowest && lastWithUnits
        ? join(
            [
              national,
              w("charts.kz-2022-turnout-intraday.summaryUnits", {
                time: releaseLabelText(lastWithUnits),
                highest: name(highest.unit),
                high: num(highest.percent, "percent"),
                lowest: name(lowest.unit),
                low: num(lowest.percent, "percent"),
              }),
            ],
            " ",
          )
        : national,
    sourceIds: [...new Set(t.revisions.flatMap((r) => r.sourceIds))],
    confirmingSourceIds: [...new Set(t.revisions.flatMap((r) => r.confirmingSourceIds ?? []))],
    status: releaseStatus(t, t.revisions.length - 1),
    datasetId: t.meta.id,
    revisions: choices(full, false),
    height: 300,
  };
}

export function regionsChart(data: DataSet, revisionId?: string | null): ChartDraft | undefined {
  const { t: w, num, date } = draftWords;
  const t = findTurnout(data);
  if (!t) return undefined;
  const pinned = t.revisions.findIndex((r) => r.id === revisionId && r.units);
  const index = pinned >= 0 ? pinned : t.revisions.findLastIndex((r) => r.units);
  const r = t.revisions[index];
  if (!r?.units) return undefined;
  const name = unitNames(data, t);
  const rows = r.units
    .map((u) => ({ id: u.unit, unit: name(u.unit), turnout: u.percent }))
    .sort((a, b) => b.turnout - a.turnout);
  return {
    id: "kz-2022-turnout-regions",
    section: "election",
    title: w("charts.kz-2022-turnout-regions.title"),
    subtitle: w("charts.kz-2022-turnout-regions.subtitle", {
      time: releaseLabelText(r),
      date: date(r.asOf),
    }),
    kind: "bar",
    layout: "vertical",
    indexKey: "unit",
    series: [{ key: "turnout", label: w("columns.turnout"), color: SERIES_ROLE_COLORS.turnout }],
    rows,
    unit: "percent",
    decimals: r.precision,
    table: [
      { key: "unit", label: w("columns.unit") },
      { key: "turnout", label: w("columns.turnout"), unit: "percent", decimals: r.precision },
    ],
    summary: join(
      [
        describeRanking(
          rows.map((x) => ({ label: x.unit, value: x.turnout })),
          "percent",
          2,
          "units",
        ),
        w("charts.kz-2022-turnout-regions.national", {
          turnout: num(r.national.percent, "percent"),
        }),
      ],
      " ",
    ),
    sourceIds: r.sourceIds,
    confirmingSourceIds: r.confirmingSourceIds,
    singleSource: isSingleSourceRevision(r),
    status: releaseStatus(t, index),
    datasetId: t.meta.id,
    revisions: choices(t, true),
    rowLinks: "region",
    // 24-pixel rows for the links' sake (components/charts/static-bars.tsx), plus the gap.
    height: 40 + rows.length * 31,
  };
}
