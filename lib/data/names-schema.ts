import { z } from "zod";

import { IdSchema, IsoDateSchema } from "./schemas";

/** The languages a name is kept in besides English (which is the dataset's own `name`). */
export const NAME_LANGUAGES = ["ru", "kk"] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

const Written = z
  .string()
  .trim()
  .min(1, { error: "is empty; every name needs its Russian and Kazakh form" });

/**
 * A name a unit bore for a while before its current one (Astana was Nur-Sultan), in all three
 * languages, since no dataset of today gives its English form. `from` is the first day it was used
 * and `until` the first day it no longer was (the renaming day), so the next range may start on it.
 */
export const FormerNameSchema = z
  .object({
    /** Names its words in the catalogues (tiles.short.<id>, tiles.code.<id>). */
    id: IdSchema,
    from: IsoDateSchema,
    until: IsoDateSchema,
    en: Written,
    ru: Written,
    kk: Written,
  })
  .strict()
  .refine((f) => f.from < f.until, {
    error: (i) => {
      const f = i.input as { from: string; until: string };
      return `runs from ${f.from} until ${f.until}: its first day must come before the day it ended`;
    },
    path: ["until"],
  });
export type FormerName = z.infer<typeof FormerNameSchema>;

/** Former names oldest first, no two in use on one day. */
const FormerNamesSchema = z
  .array(FormerNameSchema)
  .min(1)
  .superRefine((list, ctx) => {
    list.slice(1).forEach((f, i) => {
      const before = list[i]!;
      if (f.from < before.until)
        ctx.addIssue({
          code: "custom",
          path: [i + 1, "from"],
          message: `"${f.id}" starts on ${f.from}, before "${before.id}" ended on ${before.until}: former names must be oldest first and must not overlap`,
        });
    });
  });

/** One candidate's, party's, option's or unit's name in Russian and Kazakh. */
export const LocalNameSchema = z
  .object({
    id: IdSchema,
    ru: Written,
    kk: Written,
    /** Forms not taken from ../shared/facts/names-kk-ru.md, to be checked against the CEC's lists. */
    review: z.array(z.enum(NAME_LANGUAGES)).optional(),
    /**
     * How the name reads inside a sentence, where that differs from its label in a table: the ballot's
     * «Против всех» is «графа «против всех»» in running Russian, «Бәріне қарсымын» the «Бәріне
     * қарсымын» бағаны in Kazakh. English too, so that no sentence mixes a prose form and a label.
     */
    prose: z.strictObject({ en: Written, ru: Written, kk: Written }).optional(),
    /** What the unit was called before, by date; lib/data/name-on.ts picks the name of a day. */
    formerly: FormerNamesSchema.optional(),
  })
  .strict();
export type LocalName = z.infer<typeof LocalNameSchema>;

export const NamesFileSchema = z
  .object({ $comment: z.string().optional(), names: z.array(LocalNameSchema) })
  .strict();
