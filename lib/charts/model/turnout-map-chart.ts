import { isSingleSourceRevision } from "../../data/single-source";
import type { DataSet, TurnoutDataset, TurnoutRevision } from "../../data/dataset";
import { formatDate } from "../../format";
import type { Locale } from "../../i18n/locale";
import { TILE_GRID } from "./tile-grid";
import type { ChartModel, ReleaseChoice } from "./model";
import { describeRanking } from "./summary";
import { wordsFor, type ChartData } from "./words";

export const TURNOUT_DATASET_ID = "kz-2022-turnout-intraday";

export function findTurnout(data: DataSet): TurnoutDataset | undefined {
  return data.turnouts.find((x) => x.meta.id === TURNOUT_DATASET_ID);
}

/** A release's id in the URL: its clock time ("1405") while preliminary, else its status ("final"). */
export function releaseId(r: TurnoutRevision): string {
  const clock = r.label.replace(/\D/g, "");
  return r.status === "preliminary" && clock ? clock : r.status;
}

export function releaseChoices(t: TurnoutDataset, locale: Locale): ReleaseChoice[] {
  return t.revisions.map((r) => ({
    id: releaseId(r),
    label: r.status === "preliminary" ? r.label : `${r.label}, ${formatDate(r.asOf, locale)}`,
    revisionId: r.id,
  }));
}

/** Reading order of the map (row by row, west to east), which the table and the tab order share. */
function tileOrder(id: string): number {
  const t = TILE_GRID[id];
  return t ? t.row * 100 + t.col : Number.MAX_SAFE_INTEGER;
}

/**
 * The map at one release (the newest by default). A release without regional figures (the final
 * count gave only the national one) shows the last release that had them, and says so.
 */
export function turnoutMapChart(
  data: ChartData,
  revisionId?: string | null,
): ChartModel | undefined {
  const { locale, t: w, num, date } = wordsFor(data.locale);
  const t = findTurnout(data);
  if (!t) return undefined;
  const picked = t.revisions.findIndex((r) => r.id === revisionId);
  const index = picked >= 0 ? picked : t.revisions.length - 1;
  const shown = t.revisions[index]!;
  const regional = t.revisions.slice(0, index + 1).findLast((r) => r.units);
  if (!regional?.units) return undefined;
  const ranked = [...regional.units].sort((a, b) => b.percent - a.percent);
  const rows = t.meta.units
    .map((u) => ({
      id: u.id,
      unit: u.name,
      turnout: regional.units?.find((x) => x.unit === u.id)?.percent ?? null,
      rank: ranked.findIndex((x) => x.unit === u.id) + 1 || null,
    }))
    .sort((a, b) => tileOrder(a.id) - tileOrder(b.id));
  const borrowed = regional !== shown;
  const when = `${regional.label}, ${date(regional.asOf)}`;
  return {
    id: "kz-2022-turnout-map",
    locale,
    section: "election",
    title: w("charts.kz-2022-turnout-map.title"),
    subtitle: borrowed
      ? w("charts.kz-2022-turnout-map.subtitleBorrowed", {
          when,
          shown: shown.label.toLowerCase(),
        })
      : w("charts.kz-2022-turnout-map.subtitle", { when }),
    kind: "map",
    layout: "horizontal",
    indexKey: "unit",
    series: [{ key: "turnout", label: w("columns.turnout"), color: "chart-2" }],
    rows,
    unit: "percent",
    decimals: regional.precision,
    table: [
      { key: "unit", label: w("columns.unit") },
      {
        key: "turnout",
        label: w("columns.turnout"),
        unit: "percent",
        decimals: regional.precision,
      },
      { key: "rank", label: w("columns.rank"), unit: "ordinal", decimals: 0 },
    ],
    summary: `${describeRanking(
      ranked.map((u) => ({
        label: t.meta.units.find((m) => m.id === u.unit)?.name ?? u.unit,
        value: u.percent,
      })),
      "percent",
      regional.precision,
      "units",
      locale,
    )} ${w("charts.kz-2022-turnout-map.national", {
      turnout: num(shown.national.percent, "percent"),
      shown: shown.label.toLowerCase(),
    })}`,
    sourceIds: [...new Set([...regional.sourceIds, ...shown.sourceIds])],
    singleSource: isSingleSourceRevision(regional) && isSingleSourceRevision(shown),
    confirmingSourceIds: [
      ...new Set([...(regional.confirmingSourceIds ?? []), ...(shown.confirmingSourceIds ?? [])]),
    ],
    status: {
      status: regional.status,
      asOf: regional.asOf,
      revisionId: regional.id,
      label:
        regional.status === "preliminary"
          ? w("status.turnoutRelease", { time: regional.label, date: date(regional.asOf) })
          : w("status.turnout", { status: regional.label, date: date(regional.asOf) }),
    },
    datasetId: t.meta.id,
    releases: releaseChoices(t, locale),
    release: releaseId(shown),
    rowLinks: "region",
    height: 420,
  };
}
