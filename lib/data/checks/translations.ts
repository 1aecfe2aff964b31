import type { DataSet } from "../dataset";
import {
  translationsFile,
  type TranslatedLanguage,
  type Translations,
} from "../translations-schema";
import { issue, type ValidationIssue } from "../validation-issue";

type Texts = Map<string, string>;

/** A publisher's key holds dots ("Vlast.kz"), so its path quotes it: publishers["Vlast.kz"]. */
const publisherPath = (name: string) => `publishers[${JSON.stringify(name)}]`;

/** Every English text in data/ that a reader sees, by the path its translation has in the file. */
function englishTexts(data: Omit<DataSet, "translations">): Texts {
  const texts: Texts = new Map();
  const add = (path: string, text: string | undefined) => {
    if (text !== undefined) texts.set(path, text);
  };
  for (const d of [...data.elections, ...data.turnouts]) {
    add(`datasets.${d.meta.id}.title`, d.meta.title);
    add(`datasets.${d.meta.id}.description`, d.meta.description);
  }
  for (const e of data.elections) {
    add(`datasets.${e.meta.id}.shareBase`, e.meta.shareBase);
    for (const o of e.meta.options) add(`datasets.${e.meta.id}.nominatedBy.${o.id}`, o.nominatedBy);
  }
  for (const f of data.figures) {
    add(`figures.${f.id}.label`, f.label);
    add(`figures.${f.id}.description`, f.description);
  }
  for (const e of data.events) {
    add(`events.${e.id}.title`, e.title);
    add(`events.${e.id}.description`, e.description);
    add(`events.${e.id}.place`, e.place);
  }
  for (const s of data.sources) {
    add(`sourceNotes.${s.id}`, s.note);
    add(publisherPath(s.publisher), s.publisher);
  }
  for (const p of data.twinCities.pairs) {
    add(`places.${p.russia}`, p.russia);
    add(`places.${p.kazakhstan}`, p.kazakhstan);
  }
  for (const f of data.observers) {
    add(`observers.${f.id}.verdict`, f.verdict);
    add(`observers.${f.id}.reply`, f.reply?.text);
  }
  return texts;
}

/** The translated texts a file holds, by the same paths. */
function translatedTexts(t: Translations): Texts {
  const texts: Texts = new Map();
  for (const [id, d] of Object.entries(t.datasets)) {
    texts.set(`datasets.${id}.title`, d.title);
    texts.set(`datasets.${id}.description`, d.description);
    if (d.shareBase) texts.set(`datasets.${id}.shareBase`, d.shareBase);
    for (const [option, text] of Object.entries(d.nominatedBy ?? {}))
      texts.set(`datasets.${id}.nominatedBy.${option}`, text);
  }
  for (const [id, f] of Object.entries(t.figures)) {
    texts.set(`figures.${id}.label`, f.label);
    texts.set(`figures.${id}.description`, f.description);
  }
  for (const [id, e] of Object.entries(t.events)) {
    texts.set(`events.${id}.title`, e.title);
    if (e.description) texts.set(`events.${id}.description`, e.description);
    if (e.place) texts.set(`events.${id}.place`, e.place);
  }
  for (const [id, text] of Object.entries(t.sourceNotes)) texts.set(`sourceNotes.${id}`, text);
  for (const [name, text] of Object.entries(t.publishers)) texts.set(publisherPath(name), text);
  for (const [name, text] of Object.entries(t.places)) texts.set(`places.${name}`, text);
  for (const [id, o] of Object.entries(t.observers)) {
    texts.set(`observers.${id}.verdict`, o.verdict);
    if (o.reply) texts.set(`observers.${id}.reply`, o.reply);
  }
  return texts;
}

/**
 * Each language has every English text of data/ translated, and nothing that no longer exists in
 * English (a stale translation of a removed figure would hide that the new one lacks its own).
 */
export function checkTranslations(
  translations: Record<TranslatedLanguage, Translations>,
  data: Omit<DataSet, "translations">,
): ValidationIssue[] {
  const english = englishTexts(data);
  return Object.entries(translations).flatMap(([lang, t]) => {
    const file = translationsFile(lang as TranslatedLanguage);
    const local = translatedTexts(t);
    const missing = [...english.keys()]
      .filter((k) => !local.has(k))
      .map((k) => issue(file, k, `no ${lang} text for "${english.get(k)!.slice(0, 60)}"`));
    const stale = [...local.keys()]
      .filter((k) => !english.has(k))
      .map((k) => issue(file, k, "translates nothing: data/ has no such English text"));
    // Russian ordinals agree with their noun («12-я конференция»): the noun's gender is part of
    // the translation, since only the translator knows which noun the figure's label names.
    const genderless =
      lang === "ru"
        ? data.figures
            .filter((f) => f.unit === "ordinal" && t.figures[f.id] && !t.figures[f.id]!.gender)
            .map((f) =>
              issue(
                file,
                `figures.${f.id}.gender`,
                "is missing: an ordinal needs its noun's gender (m, f or n)",
              ),
            )
        : [];
    return [...missing, ...stale, ...genderless];
  });
}
