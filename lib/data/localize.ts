import type { DataSet, ElectionDataset, TurnoutDataset } from "./dataset";
import type { Locale } from "../i18n/locale";
import { nameOn } from "./name-on";
import { statusLabel } from "./revision-status";
import { shownTitle } from "./source-names";

/** A release named by its clock time ("20:00"), the same in every language; other labels are words. */
export function isClockLabel(label: string): boolean {
  return /^\d{1,2}:\d{2}$/.test(label);
}

/**
 * The data as a reader of one language sees it: every name from data/names.json and every title,
 * description and note from data/translations/<lang>.json put in place of the English, publishers
 * named as this language's press names them, and a source's own headline where it was published in
 * Kazakh or Russian (lib/data/source-names.ts). Numbers, ids and dates stay as they are. The checks
 * in lib/data/checks/names.ts and translations.ts make sure nothing is left to fall back to English.
 */
export function localizeDataSet<T extends DataSet>(data: T, locale: Locale): T {
  if (locale === "en") return data;
  const t = data.translations[locale];
  const names = new Map(data.names.map((n) => [n.id, n[locale]]));
  const name = (id: string, english: string) => names.get(id) ?? english;

  const election = (e: ElectionDataset): ElectionDataset => {
    const text = t.datasets[e.meta.id];
    return {
      ...e,
      meta: {
        ...e.meta,
        title: text?.title ?? e.meta.title,
        description: text?.description ?? e.meta.description,
        shareBase: text?.shareBase ?? e.meta.shareBase,
        options: e.meta.options.map((o) => ({
          ...o,
          name: name(o.id, o.name),
          shortName: o.shortName === undefined ? undefined : name(o.id, o.shortName),
          nominatedBy:
            o.nominatedBy === undefined ? undefined : (text?.nominatedBy?.[o.id] ?? o.nominatedBy),
        })),
      },
    };
  };
  const voteDay = (electionId: string) =>
    data.elections.find((e) => e.meta.id === electionId)?.meta.electionDate;
  const turnout = (d: TurnoutDataset): TurnoutDataset => {
    const text = t.datasets[d.meta.id];
    const day = voteDay(d.meta.electionId);
    return {
      ...d,
      meta: {
        ...d.meta,
        title: text?.title ?? d.meta.title,
        description: text?.description ?? d.meta.description,
        // A vote's list names each unit as it was called that day (Nur-Sultan in 2019).
        units: d.meta.units.map((u) => ({
          ...u,
          name: day === undefined ? name(u.id, u.name) : nameOn(data, u.id, day, locale),
        })),
      },
      revisions: d.revisions.map((r) => ({
        ...r,
        // A release is named by its time ("20:00"); the later counts by their status ("Final").
        label: isClockLabel(r.label) ? r.label : statusLabel(r.status, locale),
      })),
    };
  };
  const place = (english: string) => t.places[english] ?? english;

  return {
    ...data,
    elections: data.elections.map(election),
    turnouts: data.turnouts.map(turnout),
    figures: data.figures.map((f) => ({ ...f, ...t.figures[f.id] })),
    events: data.events.map((e) => ({ ...e, ...t.events[e.id] })),
    sources: data.sources.map((s) => ({
      ...s,
      title: shownTitle(s, locale),
      publisher: t.publishers[s.publisher] ?? s.publisher,
      ...(s.note === undefined ? {} : { note: t.sourceNotes[s.id] ?? s.note }),
    })),
    observers: data.observers.map((f) => {
      const text = t.observers[f.id];
      return {
        ...f,
        verdict: text?.verdict ?? f.verdict,
        ...(f.reply ? { reply: { ...f.reply, text: text?.reply ?? f.reply.text } } : {}),
      };
    }),
    twinCities: {
      ...data.twinCities,
      pairs: data.twinCities.pairs.map((p) => ({
        russia: place(p.russia),
        kazakhstan: place(p.kazakhstan),
      })),
    },
  };
}

/**
 * An option's name as it reads mid-sentence in `locale`: its prose form from data/names.json where it
 * has one (графа «против всех»), else the name the table shows. `option` is already localized.
 */
export function nameInProse(
  names: DataSet["names"],
  option: { id: string; name: string; shortName?: string },
  locale: Locale,
): string {
  return names.find((n) => n.id === option.id)?.prose?.[locale] ?? option.shortName ?? option.name;
}
