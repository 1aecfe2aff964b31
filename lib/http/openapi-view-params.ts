import { CHART_TYPES, MEASURES, SORT_ORDERS } from "../charts/model/view-types";
import { CHART_PARAM_KEYS } from "../charts/view/url-codec";
import type { DashboardData } from "../data/loader";
import { votesOf } from "../data/votes";

type ViewKey = (typeof CHART_PARAM_KEYS)[number];
type JsonSchema = Record<string, unknown>;

interface ViewParamDoc {
  description: string;
  schema: JsonSchema;
  example?: string;
}

const VIEW_NOTE = "A value this chart does not offer is ignored and the chart's default is used.";

/**
 * What OpenAPI says about each key of the URL codec. Typed by the codec's own key list, so a new
 * view key does not compile until it is described here, and the document lists exactly the codec's
 * keys in its order (viewParameters). The words live here rather than in url-codec.ts because the
 * codec ships to the browser, where the chart page is at its first-load budget.
 */
function viewParamDocs(data: DashboardData, asOfExample?: string): Record<ViewKey, ViewParamDoc> {
  const voteIds = votesOf(data).map((v) => v.id);
  const lawThreshold = data.elections.find((e) => e.meta.seats)?.meta.seats?.thresholdPercent;
  return {
    type: {
      description: "How the chart is drawn; the chart's first type by default.",
      schema: { type: "string", enum: [...CHART_TYPES] },
    },
    sort: {
      description: "Order of the rows; the chart's first order by default.",
      schema: { type: "string", enum: [...SORT_ORDERS] },
    },
    measure: {
      description: "Which number an election chart shows; the chart's first measure by default.",
      schema: { type: "string", enum: [...MEASURES] },
    },
    show: {
      description: "The muted series to draw, comma-separated, or none; all of them by default.",
      schema: { type: "string" },
      example: "none",
    },
    highlight: {
      description:
        "A row id (bars) or series key (lines) drawn in the accent colour; none by default.",
      schema: { type: "string" },
    },
    asOf: {
      description:
        "A revision id of the chart's dataset, to show the figures as they were then; the newest by default.",
      schema: { type: "string" },
      example: asOfExample,
    },
    vote: {
      description:
        "The vote a map shows, by its election's id (a map only; its default is the 2022 presidential election).",
      schema: { type: "string", enum: voteIds },
      example: voteIds[0],
    },
    release: {
      description:
        "The release a map is coloured by: a preliminary release's clock time (2200) or final, among the releases of the vote shown; the newest by default.",
      schema: { type: "string", pattern: "^(\\d{4}|final)$" },
      example: "2200",
    },
    compare: {
      description:
        "A second vote: the map shows each region's change in turnout between the two, in points, where its territory did not change; none by default.",
      schema: { type: "string", enum: voteIds },
      example: voteIds[0],
    },
    threshold: {
      description: `A seat allocation recomputed at another threshold, in whole percent: a hypothetical view, not a published result, and titled so. The default is the law's threshold (${lawThreshold ?? "see the chart"}).`,
      schema: { type: "string", pattern: "^\\d{1,2}$" },
      example: "7",
    },
  };
}

/** The component name of a view key's parameter: asOf → ChartAsOf. */
export const viewParamName = (key: ViewKey) =>
  `Chart${key[0]!.toUpperCase()}${key.slice(1)}` as `Chart${Capitalize<ViewKey>}`;

interface QueryParameter {
  name: ViewKey;
  in: "query";
  required: false;
  description: string;
  schema: JsonSchema;
  example?: string;
}

/** components/parameters for the chart view, one per codec key, in the codec's order. */
export function viewParameters(
  data: DashboardData,
  asOfExample?: string,
): Record<`Chart${Capitalize<ViewKey>}`, QueryParameter> {
  const docs = viewParamDocs(data, asOfExample);
  return Object.fromEntries(
    CHART_PARAM_KEYS.map((key): [string, QueryParameter] => {
      const { description, schema, example } = docs[key];
      const parameter: QueryParameter = {
        name: key,
        in: "query",
        required: false,
        description: `${description} ${VIEW_NOTE}`,
        schema,
      };
      return [viewParamName(key), example === undefined ? parameter : { ...parameter, example }];
    }),
  ) as Record<`Chart${Capitalize<ViewKey>}`, QueryParameter>;
}
