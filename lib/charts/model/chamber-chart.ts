import { INDEPENDENTS } from "../../data/checks/elections";
import type { ElectionDataset } from "../../data/dataset";
import { CHART_COLORS, type ChartModel, type ChartRow } from "./model";
import { pickRevision, revisionChoices, statusOf } from "./election-charts";
import { wordsFor, type ChartData } from "./words";

const MAZHILIS_ID = "kz-2023-mazhilis";

/**
 * The chamber after the 2023 vote: each party's seats, list and district together, as each source
 * reads them. Where the sources disagree both readings are drawn side by side and the summary names
 * the seats in dispute; no official list of the district winners was found to settle it.
 */
export function chamberChart(data: ChartData, revisionId?: string | null): ChartModel | undefined {
  const { locale, t, num } = wordsFor(data.locale);
  const e: ElectionDataset | undefined = data.elections.find((x) => x.meta.id === MAZHILIS_ID);
  if (!e?.meta.seats) return undefined;
  const r = pickRevision(e.revisions, revisionId);
  const c = r.chamber;
  if (!c) return undefined;
  const publisher = (ids: string[]) =>
    ids.map((id) => data.sources.find((s) => s.id === id)?.publisher ?? id).join(", ");
  const readings = c.readings.map((x, i) => ({
    key: `reading${i + 1}`,
    name: publisher(x.sourceIds),
    ...x,
  }));
  const parties = [...new Set(readings.flatMap((x) => x.totals.map((p) => p.party)))];
  const name = (id: string) => {
    if (id === INDEPENDENTS) return t("chamber.independents");
    const o = e.meta.options.find((x) => x.id === id);
    return o?.shortName ?? o?.name ?? id;
  };
  const rows: ChartRow[] = parties.map((id) => ({
    id,
    party: name(id),
    listSeats: r.results.find((x) => x.option === id)?.listSeats ?? 0,
    ...Object.fromEntries(
      readings.map((x) => [x.key, x.totals.find((p) => p.party === id)?.seats ?? null]),
    ),
  }));
  const disputed = rows.filter((row) => new Set(readings.map((x) => row[x.key])).size > 1);
  const agreed = rows.filter((row) => !disputed.includes(row));
  const [first, second] = readings;
  const describe = (x: (typeof readings)[number]) =>
    disputed.map((row) => `${row.party} ${num(Number(row[x.key] ?? 0), "count", 0)}`).join(", ");
  return {
    id: "kz-2023-mazhilis-chamber",
    locale,
    section: "parliament",
    title: t("charts.kz-2023-mazhilis-chamber.title"),
    subtitle: t("charts.kz-2023-mazhilis-chamber.subtitle", { seats: c.seats }),
    kind: "bar",
    layout: "vertical",
    indexKey: "party",
    series: readings.map((x, i) => ({
      key: x.key,
      label: x.name,
      color: CHART_COLORS[i % (CHART_COLORS.length - 1)]!,
    })),
    rows,
    unit: "count",
    decimals: 0,
    table: [
      { key: "party", label: t("columns.party") },
      { key: "listSeats", label: t("columns.listSeats"), unit: "count" },
      ...readings.map((x) => ({
        key: x.key,
        label: t("chamber.totalBy", { source: x.name }),
        unit: "count" as const,
      })),
    ],
    summary: [
      t("charts.kz-2023-mazhilis-chamber.summary", {
        seats: c.seats,
        list: e.meta.seats.list,
        districts: e.meta.seats.districts,
      }),
      first && second && disputed.length
        ? t("charts.kz-2023-mazhilis-chamber.disagree", {
            agreed: agreed.length,
            first: first.name,
            firstSeats: describe(first),
            second: second.name,
            secondSeats: describe(second),
          })
        : t("charts.kz-2023-mazhilis-chamber.agree"),
    ].join(" "),
    sourceIds: [...new Set(readings.flatMap((x) => x.sourceIds))],
    singleSource: readings.every((x) => x.sourceIds.length === 1) && readings.length === 1,
    status: statusOf(r, locale),
    datasetId: e.meta.id,
    revisions: revisionChoices(
      e.revisions.filter((x) => x.chamber),
      locale,
    ),
    height: 40 + rows.length * 44,
  };
}
