import type { ElectionRevisionInput } from "./schemas";

/** The parts of a revision whose figures each name their own sources (sourceIdsByField). */
export const FIELD_SOURCED_PARTS = ["pollingStations", "abroad"] as const;
export type FieldSourcedPart = (typeof FIELD_SOURCED_PARTS)[number];

/** Each part's sources by figure, for the parts that give them. */
export function fieldSources(
  r: Pick<ElectionRevisionInput, FieldSourcedPart>,
): [FieldSourcedPart, Record<string, string[]>][] {
  return FIELD_SOURCED_PARTS.flatMap((part) => {
    const byField = r[part]?.sourceIdsByField;
    return byField ? [[part, byField as Record<string, string[]>]] : [];
  });
}

/** The sources a revision names for one figure of a part, if it names any. */
export function figureSources(
  r: Pick<ElectionRevisionInput, FieldSourcedPart>,
  part: FieldSourcedPart,
  field: string,
): string[] | undefined {
  return (r[part]?.sourceIdsByField as Record<string, string[]> | undefined)?.[field];
}

/** A figure of a part with the sources that give it, or nothing when either is missing. */
export function sourcedFigure(
  r: Pick<ElectionRevisionInput, FieldSourcedPart>,
  part: FieldSourcedPart,
  field: string,
): { value: number; ids: string[] } | undefined {
  const value = (r[part] as Record<string, unknown> | undefined)?.[field];
  const ids = figureSources(r, part, field);
  return typeof value === "number" && ids?.length ? { value, ids } : undefined;
}
