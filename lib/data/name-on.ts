import type { Locale } from "../i18n/locale";
import type { DataSet } from "./dataset";
import type { FormerName, LocalName } from "./names-schema";

/** What names are read from: names.json, and the datasets' own English names, as loaded (not localized). */
export type NameData = Pick<DataSet, "names" | "elections" | "turnouts">;

/** The former name a unit bore on a day (ISO date), or undefined when it was called as it is now. */
export function formerNameOn(
  names: readonly LocalName[],
  id: string,
  isoDate: string,
): FormerName | undefined {
  return names
    .find((n) => n.id === id)
    ?.formerly?.find((f) => f.from <= isoDate && isoDate < f.until);
}

/**
 * The id whose words name the unit on a day: its former name's ("nur-sultan") while it bore one,
 * else its own. The map's tiles and their code key read their catalogue words by it.
 */
export function nameIdOn(names: readonly LocalName[], id: string, isoDate: string): string {
  return formerNameOn(names, id, isoDate)?.id ?? id;
}

/** The dataset lists that name ids in English, each with the day it speaks of, newest first. */
function englishLists(data: NameData): { date: string; entries: { id: string; name: string }[] }[] {
  const dateOf = (electionId: string) =>
    data.elections.find((e) => e.meta.id === electionId)?.meta.electionDate ?? "";
  return [
    ...data.turnouts.map((t) => ({ date: dateOf(t.meta.electionId), entries: t.meta.units })),
    ...data.elections.map((e) => ({ date: e.meta.electionDate, entries: e.meta.options })),
  ].sort((a, b) => b.date.localeCompare(a.date));
}

/**
 * What a unit, candidate, party or option was called on a day, in a language: a former name while
 * it bore one (data/names.json `formerly`), else its name now: the Russian and Kazakh forms of
 * names.json, and in English the newest dataset's own name from a day it was called so. Every name
 * tied to a date (a vote's map, table and CSV rows, a region's row for a vote) is read through here.
 */
export function nameOn(data: NameData, id: string, isoDate: string, locale: Locale): string {
  const former = formerNameOn(data.names, id, isoDate);
  if (former) return former[locale];
  if (locale !== "en") {
    const local = data.names.find((n) => n.id === id)?.[locale];
    if (local) return local;
  }
  for (const list of englishLists(data)) {
    if (formerNameOn(data.names, id, list.date)) continue;
    const entry = list.entries.find((e) => e.id === id);
    if (entry) return entry.name;
  }
  return id;
}

/** Every former name of a unit, oldest first; none for a unit never renamed. */
export function formerNamesOf(names: readonly LocalName[], id: string): FormerName[] {
  return names.find((n) => n.id === id)?.formerly ?? [];
}

/** The years a former name was in use, as a reader counts them: of its first day and of its last. */
export function formerYears(f: FormerName): { from: string; to: string } {
  const lastDay = new Date(Date.parse(`${f.until}T00:00:00Z`) - 86_400_000);
  return { from: f.from.slice(0, 4), to: String(lastDay.getUTCFullYear()) };
}
