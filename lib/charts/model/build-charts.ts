import type { DashboardData } from "../../data/loader";
import type { ChartModel } from "./model";
import { CHART_REGISTRY } from "./registry";

/** Every chart of the dashboard in its default view, built from validated data. */
export function buildCharts(data: DashboardData): ChartModel[] {
  return CHART_REGISTRY.flatMap((spec) => spec.build(data) ?? []);
}
