import { z } from "zod";

import { UNITS } from "../units";

/**
 * The Data Package descriptors we write (Frictionless Data Package v1, tabular profiles), as zod
 * schemas: the builders' return types come from them, and the OpenAPI document's description of the
 * datapackage.json routes is generated from them. The standard allows more than we write; these
 * list exactly what we write, so a client can rely on each field.
 */

export const FIELD_TYPES = ["string", "integer", "number", "boolean", "date", "datetime"] as const;
/** The Table Schema types our CSV files use. */
export type FieldType = (typeof FIELD_TYPES)[number];

export const TableSchemaFieldSchema = z.strictObject({
  name: z.string(),
  title: z.string(),
  description: z.string(),
  type: z.enum(FIELD_TYPES),
  format: z.string().optional(),
  /** Not part of the standard's vocabulary: the unit of a numeric column, as in our CSV metadata. */
  unit: z.enum(UNITS).optional(),
  bareNumber: z.literal(true).optional(),
  constraints: z.strictObject({ enum: z.array(z.string()) }).optional(),
});
export type TableSchemaField = z.infer<typeof TableSchemaFieldSchema>;

export const TableSchemaSchema = z.strictObject({
  fields: z.array(TableSchemaFieldSchema),
  missingValues: z.array(z.string()),
  primaryKey: z.array(z.string()).optional(),
});
export type TableSchema = z.infer<typeof TableSchemaSchema>;

/** A CSV file described for Frictionless tools (Tabular Data Resource). */
export const DataResourceSchema = z.strictObject({
  name: z.string(),
  /** A path beside the descriptor (in a zip, or relative to its URL) or an absolute URL. */
  path: z.string(),
  title: z.string(),
  profile: z.literal("tabular-data-resource"),
  format: z.literal("csv"),
  mediatype: z.literal("text/csv"),
  encoding: z.literal("utf-8"),
  bytes: z.int().nonnegative(),
  hash: z.string(),
  dialect: z.strictObject({
    delimiter: z.literal(","),
    lineTerminator: z.literal("\r\n"),
    quoteChar: z.literal('"'),
    doubleQuote: z.literal(true),
    header: z.literal(true),
  }),
  schema: TableSchemaSchema,
});
export type DataResource = z.infer<typeof DataResourceSchema>;

/** A download set as a Tabular Data Package: what the data is, where from, and its licence. */
export const DataPackageSchema = z
  .strictObject({
    profile: z.literal("tabular-data-package"),
    name: z.string(),
    title: z.string(),
    description: z.string(),
    homepage: z.string().optional(),
    /** The revision of the dataset, where the data has revisions. */
    version: z.string().optional(),
    created: z.string().optional(),
    keywords: z.array(z.string()),
    licenses: z.array(z.strictObject({ name: z.string(), path: z.string(), title: z.string() })),
    sources: z.array(z.strictObject({ title: z.string(), path: z.string() })),
    resources: z.array(DataResourceSchema),
  })
  .meta({ description: "A Frictionless Data Package (v1, tabular) describing one download set." });
export type DataPackage = z.infer<typeof DataPackageSchema>;
