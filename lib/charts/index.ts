import type { DataSet } from "../dataset";
import type { DerivedFigure } from "../schemas";
import { buildElectionCharts } from "./election-charts";
import { buildFigureCharts } from "./figure-charts";
import type { ChartModel } from "./model";
import { buildTurnoutCharts } from "./turnout-charts";

/** The order charts appear in on the dashboard. */
export const CHART_ORDER = [
  "kz-2022-results",
  "kz-2022-electorate",
  "kz-2022-turnout-intraday",
  "kz-2022-turnout-regions",
  "kz-2019-vs-2022",
  "kz-2023-mazhilis-votes",
  "kz-2023-mazhilis-seats",
  "campaign-members",
  "economy-money",
  "economy-partners",
];

/** Every chart of the dashboard, built from validated data. */
export function buildCharts(data: DataSet & { derived: DerivedFigure[] }): ChartModel[] {
  const charts = [
    ...buildElectionCharts(data),
    ...buildTurnoutCharts(data),
    ...buildFigureCharts(data),
  ];
  return CHART_ORDER.flatMap((id) => charts.filter((c) => c.id === id));
}
