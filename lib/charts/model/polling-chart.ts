import { latestRevision } from "../../data/dataset";
import { sourcedFigure, type FieldSourcedPart } from "../../data/field-sources";
import { isSingleSourceCount } from "../../data/single-source";
import { statedDecimals } from "../../format";
import type { MessageKey } from "../../i18n/translate";
import { join, msg, num, type Text } from "../../text/text";
import { citedBy } from "./publishers";
import type { ChartDraft, DraftRow } from "./model";
import { statusOf } from "./election-charts";
import { SERIES_ROLE_COLORS } from "./series-roles";
import type { ChartData } from "./words";

export const POLLING_CHART_ID = "kz-2022-polling";

interface Card {
  id: string;
  part: FieldSourcedPart;
  field: string;
  unit: "count" | "people" | "percent";
  label: MessageKey;
}

/*
 * Counts of stations and of voters abroad, and turnout abroad, each on a card of its own: they
 * measure different things, so the table gives each row its unit. The stations inside the country
 * (one source only) stay in the data file and out of the cards.
 */
const CARDS: readonly Card[] = [
  {
    id: "stations",
    part: "pollingStations",
    field: "total",
    unit: "count",
    label: "charts.kz-2022-polling.stations",
  },
  {
    id: "stations-abroad",
    part: "pollingStations",
    field: "abroad",
    unit: "count",
    label: "charts.kz-2022-polling.stationsAbroad",
  },
  {
    id: "countries-abroad",
    part: "pollingStations",
    field: "abroadCountries",
    unit: "count",
    label: "charts.kz-2022-polling.countriesAbroad",
  },
  {
    id: "voters-abroad",
    part: "abroad",
    field: "registeredVoters",
    unit: "people",
    label: "charts.kz-2022-polling.votersAbroad",
  },
  {
    id: "voted-abroad",
    part: "abroad",
    field: "voted",
    unit: "people",
    label: "charts.kz-2022-polling.votedAbroad",
  },
  {
    id: "turnout-abroad",
    part: "abroad",
    field: "turnoutPercent",
    unit: "percent",
    label: "charts.kz-2022-polling.turnoutAbroad",
  },
];

type Shown = { card: Card; value: number; ids: string[] };

/** Two sentences when every count is sourced; otherwise one line per count that is. */
function summary(shown: readonly Shown[], day: string): Text {
  const figure = (id: string) => {
    const x = shown.find((s) => s.card.id === id);
    return x && num(x.value, x.card.unit, statedDecimals(x.value));
  };
  const [stations, stationsAbroad, countries, voters, voted, turnout] = CARDS.map((c) =>
    figure(c.id),
  );
  if (stations && stationsAbroad && countries && voters && voted)
    return join(
      [
        msg("charts.kz-2022-polling.summary", {
          stations,
          stationsAbroad,
          countries,
          voters,
          voted,
        }),
        ...(turnout ? [msg("charts.kz-2022-polling.summaryTurnout", { turnout })] : []),
      ],
      " ",
    );
  return join(
    [
      ...shown.map(({ card, value }) =>
        msg("figures.summaryItem", {
          label: msg(card.label),
          value: num(value, card.unit, statedDecimals(value)),
          period: { period: day },
        }),
      ),
      msg("charts.cardsApart"),
    ],
    " ",
  );
}

/**
 * Polling stations and voting abroad at the 2022 presidential election, from the newest revision:
 * one card per count the revision states with its own sources.
 */
export function pollingChart(data: ChartData): ChartDraft | undefined {
  const e = data.elections.find((x) => x.meta.id === "kz-2022-presidential");
  if (!e) return undefined;
  const r = latestRevision(e.revisions);
  const day = e.meta.electionDate;
  const shown: Shown[] = CARDS.flatMap((card) => {
    // No source, no figure.
    const figure = sourcedFigure(r, card.part, card.field);
    return figure ? [{ card, ...figure }] : [];
  });
  if (shown.length === 0) return undefined;
  const rows: DraftRow[] = shown.map(({ card, value, ids }) => ({
    id: card.id,
    measure: msg(card.label),
    stated: num(value, card.unit, statedDecimals(value)),
    value,
    unit: card.unit,
    decimals: statedDecimals(value),
    period: day,
    source: citedBy(ids, data.sources),
  }));
  const sourceIds = [...new Set(shown.flatMap((x) => x.ids))];
  return {
    id: POLLING_CHART_ID,
    section: "election",
    title: msg("charts.kz-2022-polling.title"),
    subtitle: msg("charts.kz-2022-polling.subtitle", { date: { date: day } }),
    kind: "cards",
    layout: "vertical",
    indexKey: "measure",
    series: [{ key: "value", label: msg("columns.value"), color: SERIES_ROLE_COLORS.count }],
    valueLabelKey: "stated",
    rows,
    unit: "count",
    decimals: 0,
    table: [
      { key: "measure", label: msg("columns.figure") },
      { key: "value", label: msg("columns.value"), unitFrom: "unit" },
      {
        key: "unit",
        label: msg("columns.unitOfMeasure"),
        onNarrow: "under-index",
        shown: Object.fromEntries(shown.map(({ card }) => [card.unit, msg(`units.${card.unit}`)])),
      },
      { key: "source", label: msg("columns.source"), onNarrow: "under-index" },
    ],
    summary: summary(shown, day),
    sourceIds,
    singleSource: shown.every((x) => isSingleSourceCount(x.ids)),
    status: statusOf(r),
    datasetId: e.meta.id,
    height: 160,
  };
}
