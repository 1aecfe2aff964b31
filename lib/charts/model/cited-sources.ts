import type { ChartModel } from "./model";
import type { Source } from "../../data/schemas";

/** A source as a chart cites it: one its figures come from, or a later page that confirms them. */
export type CitedSource = Source & { confirming?: true };

/**
 * A chart's sources in the order it cites them, then the confirming ones not already cited, each
 * marked, so a reader can tell where a figure was first published from where it was repeated.
 */
export function citedSources(
  model: Pick<ChartModel, "sourceIds" | "confirmingSourceIds">,
  sources: readonly Source[],
): CitedSource[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const primary = model.sourceIds.flatMap((id) => byId.get(id) ?? []);
  const confirming = (model.confirmingSourceIds ?? [])
    .filter((id) => !model.sourceIds.includes(id))
    .flatMap((id) => {
      const s = byId.get(id);
      return s ? [{ ...s, confirming: true as const }] : [];
    });
  return [...primary, ...confirming];
}
