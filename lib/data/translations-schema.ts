import { z } from "zod";

import { IdSchema } from "./schemas";

/**
 * Russian and Kazakh text for the English free text in data/ that a reader sees
 * (data/translations/<lang>.json): titles and descriptions of datasets, figures and events, the
 * notes on sources and the names of their publishers. Revisions' notes are provenance for maintainers, shown on no page, so a new
 * revision can be ingested the moment it is published, without waiting for its translation. Names of candidates,
 * parties and regions are in data/names.json; numbers are never translated, only the words around them.
 */
const Text = z.string().trim().min(1, { error: "is empty; write the text in this language" });

export const TRANSLATED_LANGUAGES = ["ru", "kk"] as const;
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

export const TranslationsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  datasets: z.record(
    IdSchema,
    z.strictObject({
      title: Text,
      description: Text,
      shareBase: Text.optional(),
      nominatedBy: z.record(IdSchema, Text).optional(),
    }),
  ),
  figures: z.record(
    IdSchema,
    z.strictObject({
      label: Text,
      description: Text,
      /** The gender of the noun an ordinal figure counts, which a Russian ordinal agrees with. */
      gender: z.enum(["m", "f", "n"]).optional(),
    }),
  ),
  events: z.record(
    IdSchema,
    z.strictObject({ title: Text, description: Text.optional(), place: Text.optional() }),
  ),
  sourceNotes: z.record(IdSchema, Text),
  /**
   * Every publisher of data/sources.json, keyed by its English name, as the press of this language
   * names it («Коммерсантъ», ҚР Орталық сайлау комиссиясы); a brand written in Latin letters
   * (Tengrinews, Vlast.kz) stays as it is.
   */
  publishers: z.record(z.string(), Text),
  /** Keyed by the English name of a city in data/twin-cities.json. */
  places: z.record(z.string(), Text),
  /** Each finding of data/observers.json: its verdict, and the government's reply where it has one. */
  observers: z.record(IdSchema, z.strictObject({ verdict: Text, reply: Text.optional() })),
});
export type Translations = z.infer<typeof TranslationsFileSchema>;

export function translationsFile(lang: TranslatedLanguage): string {
  return `translations/${lang}.json`;
}
