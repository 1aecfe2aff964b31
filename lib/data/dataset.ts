import type { UnitPeriod } from "./units";
import type {
  ElectionMeta,
  ElectionRevisionInput,
  Event,
  Figure,
  Source,
  TurnoutMeta,
  TurnoutRevisionInput,
  TwinCities,
} from "./schemas";
import type { LocalName } from "./names-schema";
import type { ObserverFinding } from "./observers-schema";
import type { RegionalResultsInput } from "./regional-schema";
import type { ExitPolls } from "./exit-polls-schema";
import type { TranslatedLanguage, Translations } from "./translations-schema";

/** Where a revision came from: its id is the file name without ".json". */
export interface RevisionOrigin {
  id: string;
  /** Path relative to the data directory. */
  file: string;
}

export type ElectionRevision = ElectionRevisionInput & RevisionOrigin;
export type TurnoutRevision = TurnoutRevisionInput & RevisionOrigin;

/** Results by region for one revision of an election (lib/data/regional-schema.ts). */
export type RegionalResults = RegionalResultsInput & {
  /** The national revision they add up to: the file's name without ".json". */
  revisionId: string;
  /** Path relative to the data directory. */
  file: string;
};

/** An election with every revision it has had, oldest first; the last is the newest. */
export interface ElectionDataset {
  meta: ElectionMeta;
  metaFile: string;
  revisions: ElectionRevision[];
  /** Results by region, one file per revision that has them; none is published yet for any vote. */
  regional?: RegionalResults[];
}

/** Turnout releases through election day, oldest first. */
export interface TurnoutDataset {
  meta: TurnoutMeta;
  metaFile: string;
  revisions: TurnoutRevision[];
}

/** Everything in data/, validated and cross-checked. */
export interface DataSet {
  sources: Source[];
  figures: Figure[];
  /** The article every figure in figures.json comes from. */
  figuresSourceId: string;
  events: Event[];
  twinCities: TwinCities;
  /** Russian and Kazakh forms of every option's and unit's name (data/names.json). */
  names: LocalName[];
  /** Russian and Kazakh text for the English free text above (data/translations/). */
  translations: Record<TranslatedLanguage, Translations>;
  /** The country's units through time (data/units.json). */
  units: UnitPeriod[];
  elections: ElectionDataset[];
  turnouts: TurnoutDataset[];
  /** Exit polls beside the commission's results (data/exit-polls.json). */
  exitPolls: ExitPolls;
  /** What observation missions reported about each vote (data/observers.json). */
  observers: ObserverFinding[];
}

export function latestRevision<T>(revisions: readonly T[]): T {
  const last = revisions[revisions.length - 1];
  if (last === undefined) throw new Error("dataset has no revisions");
  return last;
}
