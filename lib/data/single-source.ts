import { latestRevision, type DataSet } from "./dataset";
import { fieldSources } from "./field-sources";
import type { DerivedFigure, Figure } from "./schemas";

/** A count that names its own sources (sourceIdsByField, observers) and names one. */
export const isSingleSourceCount = (sourceIds: readonly string[]): boolean =>
  new Set(sourceIds).size === 1;

/**
 * Which figures rest on one source only, so a reader can weigh them. An article figure has the
 * article; one held against an official dataset (checkAgainst) has that dataset's sources too. A
 * derived figure has the sources of its inputs, and a revision's figures its sources and the later
 * pages that confirm them.
 */
export function isSingleSourceFigure(f: Figure | DerivedFigure): boolean {
  if ("sourceIds" in f) return isSingleSourceCount(f.sourceIds);
  return f.checkAgainst === undefined;
}

export function isSingleSourceRevision(r: {
  sourceIds: readonly string[];
  confirmingSourceIds?: readonly string[];
}): boolean {
  return new Set([...r.sourceIds, ...(r.confirmingSourceIds ?? [])]).size === 1;
}

export interface SingleSourceCount {
  figures: string[];
  derived: string[];
  /** "<dataset>/<revision>" */
  revisions: string[];
  /** Counts beside a vote's newest result that name their own sources: "<dataset> <part>.<field>". */
  counts: string[];
}

/** Everything in the data that rests on one source: what `npm run validate` counts. */
export function singleSourceCount(
  data: DataSet,
  derived: readonly DerivedFigure[],
): SingleSourceCount {
  return {
    figures: data.figures.filter(isSingleSourceFigure).map((f) => f.id),
    derived: derived.filter(isSingleSourceFigure).map((f) => f.id),
    revisions: [...data.elections, ...data.turnouts].flatMap((d) =>
      (d.revisions as { id: string; sourceIds: string[]; confirmingSourceIds?: string[] }[])
        .filter(isSingleSourceRevision)
        .map((r) => `${d.meta.id}/${r.id}`),
    ),
    // The newest revision's: the pages show those.
    counts: data.elections.flatMap((e) => {
      const r = latestRevision(e.revisions);
      const own: [string, readonly string[]][] = [
        ...fieldSources(r).flatMap(([part, byField]) =>
          Object.entries(byField).map(([field, ids]): [string, string[]] => [
            `${part}.${field}`,
            ids,
          ]),
        ),
        ...(r.observers ? [["observers.total", r.observers.sourceIds] as [string, string[]]] : []),
      ];
      return own.filter(([, ids]) => isSingleSourceCount(ids)).map(([at]) => `${e.meta.id} ${at}`);
    }),
  };
}
