import { INDEPENDENTS } from "../../data/checks/elections";
import type { ElectionDataset } from "../../data/dataset";
import { join, nameOf, type Text } from "../../text/text";
import type { ChartDraft, DraftRow } from "./model";
import { pickRevision, revisionChoices, statusOf } from "./election-charts";
import { draftWords, type ChartData } from "./words";
import { SERIES_ROLE_COLORS } from "./series-roles";

const MAZHILIS_ID = "kz-2023-mazhilis";

/**
 * The chamber after the 2023 vote: each party's seats, list and district together, as each source
 * reads them. Where the sources disagree both readings are drawn side by side and the summary names
 * the seats in dispute; no official list of the district winners was found to settle it.
 */
export function chamberChart(data: ChartData, revisionId?: string | null): ChartDraft | undefined {
  const { t, num } = draftWords;
  const e: ElectionDataset | undefined = data.elections.find((x) => x.meta.id === MAZHILIS_ID);
  if (!e?.meta.seats) return undefined;
  const r = pickRevision(e.revisions, revisionId);
  const c = r.chamber;
  if (!c) return undefined;
  const publisher = (ids: string[]): Text =>
    join(
      ids.map((id) => ({ publisher: id })),
      ", ",
    );
  const readings = c.readings.map((x, i) => ({
    key: `reading${i + 1}`,
    name: publisher(x.sourceIds),
    ...x,
  }));
  const parties = [...new Set(readings.flatMap((x) => x.totals.map((p) => p.party)))];
  const name = (id: string): Text =>
    id === INDEPENDENTS ? t("chamber.independents") : nameOf(id, { short: true });
  const seatsIn = (x: (typeof readings)[number], id: string) =>
    x.totals.find((p) => p.party === id)?.seats ?? null;
  const disputedIds = parties.filter((id) => new Set(readings.map((x) => seatsIn(x, id))).size > 1);
  // One row per party where the sources agree, one per source where they do not: every reading is
  // drawn as a bar of its own, so the one seat in dispute is visible in every renderer.
  const rows: DraftRow[] = parties.flatMap((id): DraftRow[] => {
    const listSeats = r.results.find((x) => x.option === id)?.listSeats ?? 0;
    if (!disputedIds.includes(id))
      return [{ id, party: name(id), listSeats, seats: seatsIn(readings[0]!, id), reading: null }];
    return readings.map((x) => ({
      id: `${id}-${x.key}`,
      party: t("chamber.partyBy", { party: name(id), source: x.name }),
      listSeats,
      seats: seatsIn(x, id),
      reading: x.name,
    }));
  });
  const agreed = parties.length - disputedIds.length;
  const [first, second] = readings;
  const describe = (x: (typeof readings)[number]) =>
    join(
      disputedIds.map((id) => join([name(id), num(seatsIn(x, id) ?? 0, "count", 0)], " ")),
      ", ",
    );
  return {
    id: "kz-2023-mazhilis-chamber",
    section: "parliament",
    title: t("charts.kz-2023-mazhilis-chamber.title"),
    subtitle: t("charts.kz-2023-mazhilis-chamber.subtitle", { seats: c.seats }),
    kind: "bar",
    layout: "vertical",
    indexKey: "party",
    series: [{ key: "seats", label: t("chamber.seats"), color: SERIES_ROLE_COLORS.seats }],
    rows,
    unit: "count",
    decimals: 0,
    table: [
      { key: "party", label: t("columns.party") },
      { key: "listSeats", label: t("columns.listSeats"), unit: "count" },
      { key: "seats", label: t("chamber.seats"), unit: "count" },
    ],
    summary: join(
      [
        t("charts.kz-2023-mazhilis-chamber.summary", {
          seats: c.seats,
          list: e.meta.seats.list,
          districts: e.meta.seats.districts,
        }),
        first && second && disputedIds.length
          ? t("charts.kz-2023-mazhilis-chamber.disagree", {
              agreed,
              first: first.name,
              firstSeats: describe(first),
              second: second.name,
              secondSeats: describe(second),
            })
          : t("charts.kz-2023-mazhilis-chamber.agree"),
      ],
      " ",
    ),
    sourceIds: [...new Set(readings.flatMap((x) => x.sourceIds))],
    singleSource: readings.every((x) => x.sourceIds.length === 1) && readings.length === 1,
    status: statusOf(r),
    datasetId: e.meta.id,
    revisions: revisionChoices(e.revisions.filter((x) => x.chamber)),
    height: 40 + rows.length * 44,
  };
}
