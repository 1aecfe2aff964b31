import { CHART_REGISTRY } from "./registry";
import type { DashboardData } from "../../data/loader";

/** For each dataset, the chart that shows it and can pin its revisions. */
export function toDatasetCharts(data: DashboardData): Map<string, string> {
  const out = new Map<string, string>();
  for (const spec of CHART_REGISTRY) {
    if (!spec.views.asOf) continue;
    const id = spec.build(data)?.datasetId;
    if (id && !out.has(id)) out.set(id, spec.id);
  }
  return out;
}
