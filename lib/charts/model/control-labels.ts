import type { ChartModel } from "./model";
import type { ChartViewOptions, ControlLabels } from "./view-types";

/** Human labels for the ids a view parameter can take, for the controls. */
export function toControlLabels(model: ChartModel, options: ChartViewOptions): ControlLabels {
  const rowLabel = new Map(model.rows.map((r) => [String(r.id), String(r[model.indexKey])]));
  const seriesLabel = new Map(model.series.map((s) => [s.key, s.label]));
  const label = (id: string) => rowLabel.get(id) ?? seriesLabel.get(id) ?? id;
  const revisions = new Map((model.revisions ?? []).map((r) => [r.id, r.label]));
  return {
    highlight: options.highlightIds.map((id) => ({ id, label: label(id) })),
    show: options.showIds.map((id) => ({ id, label: seriesLabel.get(id) ?? id })),
    revisions: options.revisionIds.map((id) => ({ id, label: revisions.get(id) ?? id })),
    releases: (model.releases ?? []).filter((r) => options.releaseIds.includes(r.id)),
    votes: (model.votes ?? []).filter((v) => options.voteIds.includes(v.id)),
  };
}
