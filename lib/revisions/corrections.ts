import type { DataSet, ElectionRevision, TurnoutRevision } from "../data/dataset";
import { date, join, lit, msg, num, type Text } from "../text/text";
import { revisionRef, type RevisionRef } from "./diff";

/** A correction made to a stored revision, as the change log lists it; its words are Text. */
export interface CorrectionEntry {
  datasetId: string;
  datasetTitle: Text;
  revision: RevisionRef;
  /** The day of the correction (ISO date). */
  on: string;
  /** One sentence per correction made that day. */
  changes: Text[];
}

type Revision = ElectionRevision | TurnoutRevision;

/** The value a correction replaced, as a reader reads it: a time as a date and time, a count grouped. */
function was(value: string | number | undefined): Text {
  if (typeof value === "number") return num(value, "count", 0);
  if (value && /T\d{2}:\d{2}/.test(value))
    return join([date(value), lit(value.slice(11, 16))], ", ");
  return lit(value ?? "");
}

/** Every correction to every revision, one entry per revision and day, newest first. */
export function toCorrections(data: Pick<DataSet, "elections" | "turnouts">): CorrectionEntry[] {
  const datasets = [
    ...data.elections.map((d) => ({ d, kind: "election" as const })),
    ...data.turnouts.map((d) => ({ d, kind: "turnout" as const })),
  ];
  const entries = datasets.flatMap(({ d, kind }) =>
    (d.revisions as Revision[]).flatMap((r) => {
      const days = [...new Set((r.corrections ?? []).map((c) => c.on))];
      return days.map((on) => ({
        datasetId: d.meta.id,
        datasetTitle: { dataset: d.meta.id, field: "title" } as const,
        revision: revisionRef(r, kind),
        on,
        changes: r
          .corrections!.filter((c) => c.on === on)
          .map((c) => msg(`changes.correction.${c.kind}`, { was: was(c.was) })),
      }));
    }),
  );
  return entries.sort((x, y) => y.on.localeCompare(x.on) || x.datasetId.localeCompare(y.datasetId));
}
