import type { DataSet, ElectionRevision, TurnoutRevision } from "../data/dataset";
import { formatDate, formatNumber } from "../format";
import type { Locale } from "../i18n/locale";
import { translator } from "../i18n/translate";
import { revisionRef, type RevisionRef } from "./diff";

/** A correction made to a stored revision, as the change log lists it. */
export interface CorrectionEntry {
  datasetId: string;
  datasetTitle: string;
  revision: RevisionRef;
  /** The day of the correction (ISO date). */
  on: string;
  /** One sentence per correction made that day, in the reader's language. */
  changes: string[];
}

type Revision = ElectionRevision | TurnoutRevision;

/** The value a correction replaced, as a reader reads it: a time as a date and time, a count grouped. */
function was(value: string | number | undefined, locale: Locale): string {
  if (typeof value === "number") return formatNumber(value, "count", 0, locale);
  if (value && /T\d{2}:\d{2}/.test(value))
    return `${formatDate(value, locale)}, ${value.slice(11, 16)}`;
  return value ?? "";
}

/** Every correction to every revision, one entry per revision and day, newest first. */
export function toCorrections(
  data: Pick<DataSet, "elections" | "turnouts"> & { locale?: Locale },
): CorrectionEntry[] {
  const locale = data.locale ?? "en";
  const t = translator(locale);
  const datasets = [
    ...data.elections.map((d) => ({ d, kind: "election" as const })),
    ...data.turnouts.map((d) => ({ d, kind: "turnout" as const })),
  ];
  const entries = datasets.flatMap(({ d, kind }) =>
    (d.revisions as Revision[]).flatMap((r) => {
      const days = [...new Set((r.corrections ?? []).map((c) => c.on))];
      return days.map((on) => ({
        datasetId: d.meta.id,
        datasetTitle: d.meta.title,
        revision: revisionRef(r, kind, locale),
        on,
        changes: r
          .corrections!.filter((c) => c.on === on)
          .map((c) => t(`changes.correction.${c.kind}`, { was: was(c.was, locale) })),
      }));
    }),
  );
  return entries.sort((x, y) => y.on.localeCompare(x.on) || x.datasetId.localeCompare(y.datasetId));
}
