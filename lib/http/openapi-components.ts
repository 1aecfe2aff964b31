import { z } from "zod";

import { ApiErrorSchema } from "./api-error";
import { viewParameters } from "./openapi-view-params";
import { LOCALES } from "../i18n/locale";
import { ChartListingSchema, ChartListSchema } from "../charts/model/listing";
import { CHART_REGISTRY } from "../charts/model/registry";
import type { DashboardData } from "../data/loader";
import { ChartDataSchema } from "../export/chart-data";
import { CHECK_TABLES } from "../export/checks-table";
import { DataPackageSchema } from "../export/datapackage-schema";
import { ChartMetadataSchema } from "../export/chart-citation";
import { FigureExportRowSchema, FigureListSchema } from "../export/figures-table";
import { RevisionStateSchema } from "../revisions/revision-state";

/**
 * Every response body with a schema, under the name it has in components/schemas. The JSON Schemas
 * are generated from these zod schemas, the ones the producers' return types come from.
 */
const RESPONSE_SCHEMAS = {
  ApiError: ApiErrorSchema,
  ChartList: ChartListSchema,
  ChartListing: ChartListingSchema,
  ChartData: ChartDataSchema,
  ChartMetadata: ChartMetadataSchema,
  FigureList: FigureListSchema,
  FigureExportRow: FigureExportRowSchema,
  RevisionState: RevisionStateSchema,
  DataPackage: DataPackageSchema,
} as const;
export type SchemaName = keyof typeof RESPONSE_SCHEMAS;

type JsonSchema = Record<string, unknown>;

/** components/schemas: JSON Schema 2020-12 (OpenAPI 3.1's dialect), referring to each other by $ref. */
export function toComponentSchemas(): Record<SchemaName, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(RESPONSE_SCHEMAS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
  });
  // Each entry comes out as a standalone document; inside an OpenAPI document the dialect is implied,
  // and a fragment-only $id is not allowed in 2020-12.
  const names = Object.keys(RESPONSE_SCHEMAS) as SchemaName[];
  return Object.fromEntries(
    names.map((name) => {
      const { $schema: _dialect, $id: _id, ...rest } = schemas[name]!;
      return [name, rest as JsonSchema];
    }),
  ) as Record<SchemaName, JsonSchema>;
}

export const schemaRef = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });

const header = (description: string, required = true) => ({
  description,
  required,
  schema: { type: "string" },
});

export const HEADERS = {
  ETag: header("A strong validator of the body; send it back in If-None-Match to get a 304."),
  CacheControl: header("How long a browser or CDN may keep the answer."),
  ContentDisposition: header("attachment, with a file name that names the chart and revision."),
};

/** The error responses the routes really give, each with the ApiError body. */
export function errorResponse(description: string) {
  return { description, content: { "application/json": { schema: schemaRef("ApiError") } } };
}

export const RESPONSES = {
  NotModified: {
    description: "The ETag sent in If-None-Match is still current; the body is left out.",
    headers: { ETag: { $ref: "#/components/headers/ETag" } },
  },
  Unavailable: errorResponse(
    "The data failed validation and is not being served until it is fixed.",
  ),
  ChartNotFound: errorResponse("No chart has this id. GET /api/charts lists them."),
};

/** Parameters, with the real chart and election ids as enums so a client can pick from them. */
export function toParameters(data: DashboardData) {
  const first = CHART_REGISTRY[0]!;
  const firstModel = first.build(data);
  // Examples that belong together: the first chart, its election and that election's first revision.
  const election =
    data.elections.find((e) => e.meta.id === firstModel?.datasetId) ?? data.elections[0];
  const query = (name: string, description: string, schema: JsonSchema, example?: string) => ({
    name,
    in: "query",
    required: false,
    description,
    schema,
    ...(example === undefined ? {} : { example }),
  });
  return {
    ChartId: {
      name: "id",
      in: "path",
      required: true,
      description: "A chart id, as listed by GET /api/charts.",
      schema: { type: "string", enum: CHART_REGISTRY.map((c) => c.id) },
      example: first.id,
    },
    CheckId: {
      name: "id",
      in: "path",
      required: true,
      description: "A table of the checks on the turnout figures (/en/checks/turnout).",
      schema: { type: "string", enum: [...CHECK_TABLES] },
      example: CHECK_TABLES[0],
    },
    ElectionId: {
      name: "id",
      in: "path",
      required: true,
      description: "The id of an election dataset.",
      schema: { type: "string", enum: data.elections.map((e) => e.meta.id) },
      example: election?.meta.id,
    },
    ...viewParameters(data, firstModel?.revisions?.[0]?.id),
    View: query(
      "view",
      "current: the rows as the view parameters show them. Without it, the full data of the newest revision, whatever the other view parameters say.",
      { type: "string", enum: ["current"] },
    ),
    Bom: query(
      "bom",
      "0 leaves out the UTF-8 byte-order mark, which is there by default so that spreadsheets read the file as UTF-8.",
      { type: "string", enum: ["0", "1"] },
      "0",
    ),
    Lang: query(
      "lang",
      "The language of the label column: kk (Kazakh), ru (Russian) or en (English, the default). Every other value is the same in each language; any other lang is a 400.",
      { type: "string", enum: [...LOCALES] },
      "kk",
    ),
    UnitNameLang: query(
      "lang",
      "The language of the unit_name column: kk (Kazakh), ru (Russian) or en (English, the default). Every other value is the same in each language; any other lang is a 400.",
      { type: "string", enum: [...LOCALES] },
      "kk",
    ),
    VerdictLang: query(
      "lang",
      "The language of the verdict and reply columns: kk (Kazakh), ru (Russian) or en (English, the default). Every other value is the same in each language; any other lang is a 400.",
      { type: "string", enum: [...LOCALES] },
      "kk",
    ),
    FeedLang: query(
      "lang",
      "The language of the feed's titles and summaries: kk (Kazakh), ru (Russian) or en (English, the default); any other lang is a 400.",
      { type: "string", enum: [...LOCALES] },
      "kk",
    ),
    ChartLang: query(
      "lang",
      "The language of the chart's words (title, names, labels, summary): kk (Kazakh), ru (Russian) or en (English, the default); the numbers are the same in each. A CSV keeps its headers and values and adds a label column naming each row in that language. Any other lang is a 400.",
      { type: "string", enum: [...LOCALES] },
      "ru",
    ),
    ResultsAsOf: query(
      "asOf",
      "A revision id of the election; an unknown one is a 404 that lists the revisions. The newest by default.",
      { type: "string" },
      election?.revisions[0]?.id,
    ),
    IfNoneMatch: {
      name: "If-None-Match",
      in: "header",
      required: false,
      description: "An ETag from an earlier answer: if it is still current the answer is a 304.",
      schema: { type: "string" },
    },
  };
}
