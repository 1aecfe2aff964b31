import "server-only";

import { CHART_REGISTRY } from "./registry";
import { fetchDashboardData } from "../../data/loader";
import { chartPath, embedPath, siteUrl } from "../../site";

export interface ChartListing {
  id: string;
  title: string;
  description: string;
  section: string;
  dataset: string | null;
  views: {
    types: string[];
    sorts: string[];
    measures: string[];
    highlight: boolean;
    show: boolean;
    asOf: boolean;
  };
  defaultView: { type: string; sort: string; measure: string | null };
  permalink: string;
  embed: string;
  csv: string;
}

/** Every chart of the registry with absolute links, for GET /api/charts. */
export async function listCharts(): Promise<ChartListing[]> {
  const data = await fetchDashboardData();
  const base = siteUrl();
  return CHART_REGISTRY.flatMap((spec) => {
    const model = spec.build(data);
    if (!model) return [];
    const { types, sorts, measures, highlight, show, asOf } = spec.views;
    return [
      {
        id: spec.id,
        title: model.title,
        description: model.summary,
        section: model.section,
        dataset: model.datasetId ?? null,
        views: {
          types: [...types],
          sorts: [...sorts],
          measures: [...measures],
          highlight,
          show,
          asOf,
        },
        defaultView: {
          type: types[0] ?? "bars",
          sort: sorts[0] ?? "data",
          measure: measures[0] ?? null,
        },
        permalink: `${base}${chartPath(spec.id)}`,
        embed: `${base}${embedPath(spec.id)}`,
        csv: `${base}/api/charts/${spec.id}/data.csv`,
      },
    ];
  });
}
