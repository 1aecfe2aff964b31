import { z } from "zod";

import { IdSchema, IsoDateSchema } from "./schemas";

/**
 * data/units.json: the country's first-level units through time. A unit has a `from` date when it was
 * created after the earliest vote in data/ (and `splitFrom`, the unit its territory came from), so a
 * comparison between two votes can tell which units existed at both and which changed shape between.
 */
export const UnitsFileSchema = z.strictObject({
  note: z.string().min(1),
  units: z
    .array(
      z.strictObject({
        id: IdSchema,
        type: z.enum(["region", "city"]),
        from: IsoDateSchema.optional(),
        until: IsoDateSchema.optional(),
        splitFrom: IdSchema.optional(),
        sourceIds: z.array(IdSchema).min(1).optional(),
      }),
    )
    .min(1),
});
export type UnitsFile = z.infer<typeof UnitsFileSchema>;
export type UnitPeriod = UnitsFile["units"][number];

export const UNITS_FILE = "units.json";

/** Whether a unit existed on a day (ISO date): from its `from` day through its `until` day. */
export function existedOn(u: UnitPeriod, day: string): boolean {
  return (u.from === undefined || u.from <= day) && (u.until === undefined || day <= u.until);
}

/** The units of a day, in the table's order. */
export function unitsOn(units: readonly UnitPeriod[], day: string): UnitPeriod[] {
  return units.filter((u) => existedOn(u, day));
}

/** How one unit fares in a comparison between an earlier and a later vote. */
export type UnitComparison =
  | { id: string; status: "comparable" }
  /** It existed at both, but a unit created between them took part of its territory. */
  | { id: string; status: "split"; splitOff: string[] }
  /** It did not exist at the earlier vote: carved out of `from` in between. */
  | { id: string; status: "new"; splitFrom?: string };

/**
 * Every unit of the later vote, and whether its change since the earlier vote can be shown: only a
 * unit that existed at both with the same territory is comparable. Units of the earlier vote that no
 * longer exist at the later one are left out (none have been dissolved since 2019).
 */
export function compareUnits(
  units: readonly UnitPeriod[],
  earlier: string,
  later: string,
): UnitComparison[] {
  const createdBetween = units.filter(
    (u) => u.from !== undefined && earlier < u.from && u.from <= later,
  );
  return unitsOn(units, later).map((u): UnitComparison => {
    if (!existedOn(u, earlier)) return { id: u.id, status: "new", splitFrom: u.splitFrom };
    const splitOff = createdBetween.filter((c) => c.splitFrom === u.id).map((c) => c.id);
    return splitOff.length
      ? { id: u.id, status: "split", splitOff }
      : { id: u.id, status: "comparable" };
  });
}
