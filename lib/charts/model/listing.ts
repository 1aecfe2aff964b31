import "server-only";

import { z } from "zod";

import { SECTION_IDS } from "./model";
import { CHART_REGISTRY } from "./registry";
import { CHART_TYPES, MEASURES, SORT_ORDERS } from "./view-types";
import { fetchDashboardData } from "../../data/loader";
import { DATA_LOCALE } from "../../i18n/locale";
import { IdSchema } from "../../data/schemas";
import { chartPath, embedPath, siteUrl } from "../../site";

export const ChartListingSchema = z
  .strictObject({
    id: IdSchema,
    title: z.string(),
    description: z.string().meta({ description: "A sentence or two generated from the data." }),
    section: z.enum(SECTION_IDS),
    dataset: IdSchema.nullable().meta({
      description: "The revisioned dataset behind the chart; null for charts of article figures.",
    }),
    views: z
      .strictObject({
        types: z.array(z.enum(CHART_TYPES)),
        sorts: z.array(z.enum(SORT_ORDERS)),
        measures: z.array(z.enum(MEASURES)),
        highlight: z.boolean(),
        show: z.boolean(),
        asOf: z.boolean(),
        release: z.boolean().meta({ description: "The view can pick a release (release=1405)." }),
      })
      .meta({ description: "The values each view parameter accepts for this chart." }),
    defaultView: z.strictObject({
      type: z.enum(CHART_TYPES),
      sort: z.enum(SORT_ORDERS),
      measure: z.enum(MEASURES).nullable(),
    }),
    permalink: z.url(),
    embed: z.url(),
    csv: z.url(),
  })
  .meta({ description: "One chart of the dashboard, with what its view can be set to." });
export type ChartListing = z.infer<typeof ChartListingSchema>;

/** The body of GET /api/charts. */
export const ChartListSchema = z.strictObject({ charts: z.array(ChartListingSchema) });
export type ChartList = z.infer<typeof ChartListSchema>;

/** Every chart of the registry with absolute links, for GET /api/charts. */
export async function listCharts(): Promise<ChartListing[]> {
  const data = await fetchDashboardData({ locale: DATA_LOCALE });
  const base = siteUrl();
  return CHART_REGISTRY.flatMap((spec) => {
    const model = spec.build(data);
    if (!model) return [];
    const { types, sorts, measures, highlight, show, asOf, release } = spec.views;
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
          release,
        },
        defaultView: {
          type: types[0] ?? "bars",
          sort: sorts[0] ?? "data",
          measure: measures[0] ?? null,
        },
        permalink: `${base}${chartPath(data.locale, spec.id)}`,
        embed: `${base}${embedPath(data.locale, spec.id)}`,
        csv: `${base}/api/charts/${spec.id}/data.csv`,
      },
    ];
  });
}
