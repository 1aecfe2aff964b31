import type { DashboardData } from "../../data/loader";
import {
  compareChart,
  electorateChart,
  mazhilisSeatsChart,
  mazhilisVotesChart,
  resultsChart,
} from "./election-charts";
import { allocationChart } from "./allocation-chart";
import { chamberChart } from "./chamber-chart";
import {
  EXIT_POLL_CHARTS,
  EXIT_POLLS_CHART_ID,
  MAZHILIS_EXIT_POLLS_CHART_ID,
  exitPollsChart,
} from "./exit-poll-chart";
import { figureChart } from "./figure-charts";
import { POLLING_CHART_ID, pollingChart } from "./polling-chart";
import { referendumChart } from "./referendum-chart";
import { STATIONS_CHART_ID, stationsChart } from "./stations-chart";
import { localizeChart } from "./localize-chart";
import type { ChartDraft, ChartModel } from "./model";
import { intradayChart, regionsChart } from "./turnout-charts";
import { turnoutMapChart } from "./turnout-map-chart";
import type { ChartType, ChartViewOptions, Measure, SortOrder } from "./view-types";

/** The views a chart supports; the first type, sort and measure are its defaults. */
export interface ChartViews {
  types: readonly ChartType[];
  sorts: readonly SortOrder[];
  measures: readonly Measure[];
  /** Rows (bars) or series (lines) can be picked out in the accent colour. */
  highlight: boolean;
  /** Which of the muted series are drawn (the 20 regional turnout lines). */
  show: boolean;
  /** A link can pin a revision of the dataset. */
  asOf: boolean;
  /** A map picks the release it is coloured by (the slider). */
  release: boolean;
  /** A map picks the vote it shows, and a second vote to show the change from. */
  vote?: boolean;
  /** A seat allocation can be recomputed at another threshold (a what-if view). */
  threshold?: boolean;
}

/**
 * What a view asks a drafter to build: a map's vote and the vote to compare with, or a seat
 * allocation's threshold in percent; null for the defaults.
 */
export interface VoteView {
  vote?: string | null;
  compare?: string | null;
  threshold?: number | null;
}

type Drafter = (
  data: DashboardData,
  revisionId?: string | null,
  votes?: VoteView,
) => ChartDraft | undefined;

export interface ChartSpec {
  id: string;
  views: ChartViews;
  /** The chart drafted from the data: ids, numbers and Text, the same whatever the data's language. */
  draft: Drafter;
  /** The chart in the data's language: its draft, put into words by localizeChart. */
  build: (
    data: DashboardData,
    revisionId?: string | null,
    votes?: VoteView,
  ) => ChartModel | undefined;
}

function chart(spec: Omit<ChartSpec, "build">): ChartSpec {
  return {
    ...spec,
    build: (data, revisionId, votes) => {
      const draft = spec.draft(data, revisionId, votes);
      return draft && localizeChart(draft, data);
    },
  };
}

const BARS: ChartViews = {
  types: ["bars", "columns", "table"],
  sorts: ["data", "desc", "asc", "alpha"],
  measures: [],
  highlight: true,
  show: false,
  asOf: false,
  release: false,
};

/** Exit polls beside a result: bars in the drafter's order (polls, then the count), or the table. */
const EXIT_POLL_VIEWS: ChartViews = {
  ...BARS,
  types: ["bars", "table"],
  sorts: ["data"],
  highlight: false,
};

/** Figures of different quantities: one card each, and the table; no order, since none is larger. */
const CARDS: ChartViews = {
  types: ["cards", "table"],
  sorts: ["data"],
  measures: [],
  highlight: false,
  show: false,
  asOf: false,
  release: false,
};

/** Every chart on the dashboard, in the order it appears there. */
export const CHART_REGISTRY: readonly ChartSpec[] = (
  [
    {
      id: "kz-2022-results",
      views: { ...BARS, measures: ["share", "votes"], asOf: true },
      draft: resultsChart,
    },
    {
      id: "kz-2022-electorate",
      views: { ...BARS, sorts: ["data"], highlight: false, asOf: true },
      draft: electorateChart,
    },
    {
      id: "kz-2022-turnout-intraday",
      views: {
        types: ["lines", "table"],
        sorts: ["data"],
        measures: [],
        highlight: true,
        show: true,
        asOf: true,
        release: false,
      },
      draft: intradayChart,
    },
    {
      id: "kz-2022-turnout-map",
      views: {
        ...BARS,
        types: ["map", "table"],
        sorts: ["data"],
        highlight: false,
        release: true,
        vote: true,
      },
      draft: turnoutMapChart,
    },
    { id: "kz-2022-turnout-regions", views: { ...BARS, asOf: true }, draft: regionsChart },
    { id: POLLING_CHART_ID, views: CARDS, draft: pollingChart },
    {
      id: STATIONS_CHART_ID,
      views: { ...BARS, types: ["columns", "bars", "table"], sorts: ["data"], highlight: false },
      draft: stationsChart,
    },
    {
      id: "kz-2019-vs-2022",
      views: { ...BARS, types: ["columns", "bars", "table"], sorts: ["data"], highlight: false },
      draft: compareChart,
    },
    {
      id: EXIT_POLLS_CHART_ID,
      views: EXIT_POLL_VIEWS,
      draft: exitPollsChart(EXIT_POLL_CHARTS[EXIT_POLLS_CHART_ID]),
    },
    {
      id: "kz-2022-referendum",
      views: { ...BARS, measures: ["share", "votes"], asOf: true },
      draft: referendumChart,
    },
    {
      id: "kz-2023-mazhilis-votes",
      views: { ...BARS, measures: ["share", "votes"], asOf: true },
      draft: mazhilisVotesChart,
    },
    {
      id: MAZHILIS_EXIT_POLLS_CHART_ID,
      views: EXIT_POLL_VIEWS,
      draft: exitPollsChart(EXIT_POLL_CHARTS[MAZHILIS_EXIT_POLLS_CHART_ID]),
    },
    {
      id: "kz-2023-mazhilis-seats",
      views: { ...BARS, asOf: true },
      draft: mazhilisSeatsChart,
    },
    {
      id: "kz-2023-mazhilis-chamber",
      views: { ...BARS, sorts: ["data", "alpha"], highlight: false },
      draft: chamberChart,
    },
    {
      id: "kz-2023-mazhilis-allocation",
      views: { ...BARS, sorts: ["data", "desc", "alpha"], highlight: false, threshold: true },
      draft: allocationChart,
    },
    {
      id: "campaign-members",
      views: BARS,
      draft: (d) => figureChart("campaign-members", d),
    },
    { id: "economy-money", views: CARDS, draft: (d) => figureChart("economy-money", d) },
    {
      id: "economy-partners",
      views: CARDS,
      draft: (d) => figureChart("economy-partners", d),
    },
  ] satisfies Omit<ChartSpec, "build">[]
).map(chart);

export function findChartSpec(id: string): ChartSpec | undefined {
  return CHART_REGISTRY.find((c) => c.id === id);
}

/** The values each view parameter may take for this chart, given its data. */
export function toViewOptions(spec: ChartSpec, model: ChartModel | ChartDraft): ChartViewOptions {
  const rowIds = model.rows.flatMap((r) => (typeof r.id === "string" ? [r.id] : []));
  const mutedKeys = model.series.filter((s) => s.muted).map((s) => s.key);
  return {
    types: [...spec.views.types],
    sorts: [...spec.views.sorts],
    measures: [...spec.views.measures],
    highlightIds: !spec.views.highlight ? [] : model.kind === "line" ? mutedKeys : rowIds,
    showIds: spec.views.show ? mutedKeys : [],
    revisionIds: spec.views.asOf ? (model.revisions ?? []).map((r) => r.id) : [],
    releaseIds: spec.views.release ? (model.releases ?? []).map((r) => r.id) : [],
    // The default vote first: the codec takes a list's first as its default.
    voteIds: spec.views.vote
      ? [...(model.votes ?? [])]
          .sort((a, b) => Number(b.isDefault) - Number(a.isDefault))
          .map((v) => v.id)
      : [],
    releaseIdsByVote: spec.views.vote
      ? Object.fromEntries((model.votes ?? []).map((v) => [v.id, v.releaseIds]))
      : {},
    thresholdIds: spec.views.threshold ? (model.thresholds ?? []).map(String) : [],
  };
}
