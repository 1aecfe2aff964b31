/** The view vocabulary shared by the registry, the URL codec and the controls (no imports: it ships to the browser). */
/** "cards": figures that measure different things, one card each, with no shared axis. */
export const CHART_TYPES = ["bars", "columns", "lines", "map", "cards", "table"] as const;
export type ChartType = (typeof CHART_TYPES)[number];
export const SORT_ORDERS = ["data", "desc", "asc", "alpha"] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];
export const MEASURES = ["share", "votes"] as const;
export type Measure = (typeof MEASURES)[number];

/** What one chart's view can be set to: computed on the server from its registry entry and data. */
export interface ChartViewOptions {
  /** The first type, sort and measure are the defaults. */
  types: ChartType[];
  sorts: SortOrder[];
  measures: Measure[];
  highlightIds: string[];
  showIds: string[];
  revisionIds: string[];
  /** Releases a map can be coloured by (short ids such as "1405" or "final"), oldest first; the last is the default. */
  releaseIds: string[];
  /** Votes a map can show (election ids); the first is the default. */
  voteIds: string[];
  /** Each vote's releases, as releaseIds for its default vote. */
  releaseIdsByVote: Record<string, string[]>;
  /** Thresholds (percent, as written in a URL) a seat allocation can be recomputed at; the first, the law's, is the default. */
  thresholdIds: string[];
}

export interface Choice {
  id: string;
  label: string;
}

/** Human labels for the ids the controls offer. */
export interface ControlLabels {
  highlight: Choice[];
  show: Choice[];
  revisions: Choice[];
  releases: Choice[];
  votes: Choice[];
}
