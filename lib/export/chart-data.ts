import { z } from "zod";

import type { ChartModel } from "../charts/model/model";
import { DateTimeSchema, IdSchema, REVISION_STATUSES, UNITS } from "../data/schemas";

/** The body of GET /api/charts/<id>/data: the rows and columns of data.csv, numbers as numbers. */
export const ChartDataSchema = z
  .strictObject({
    chart: IdSchema,
    title: z.string(),
    status: z.enum(REVISION_STATUSES).nullable(),
    asOf: DateTimeSchema.nullable(),
    revision: z.string().nullable(),
    columns: z.array(
      z.strictObject({
        key: z.string(),
        label: z.string(),
        /** null for text columns, and for numbers whose unit differs from row to row. */
        unit: z.enum(UNITS).nullable(),
        unitFrom: z.string().nullable().meta({
          description:
            "For numbers of different quantities (one card each): the key of the column that gives each row's unit.",
        }),
      }),
    ),
    /** Each row is keyed by the column keys; a missing value is null. */
    rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
  })
  .meta({
    description:
      "The numbers behind a chart. Every row has one entry per column key; numbers are unformatted.",
  });
export type ChartData = z.infer<typeof ChartDataSchema>;

export function toChartDataJson(m: ChartModel): ChartData {
  return {
    chart: m.id,
    title: m.title,
    status: m.status?.status ?? null,
    asOf: m.status?.asOf ?? null,
    revision: m.status?.revisionId ?? null,
    columns: m.table.map((c) => ({
      key: c.key,
      label: c.label,
      unit: c.unit ?? null,
      unitFrom: c.unitFrom ?? null,
    })),
    rows: m.rows.map((r) => Object.fromEntries(m.table.map((c) => [c.key, r[c.key] ?? null]))),
  };
}
