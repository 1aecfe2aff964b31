import { z } from "zod";

import { IdSchema } from "./schemas";

/** The languages a name is kept in besides English (which is the dataset's own `name`). */
export const NAME_LANGUAGES = ["ru", "kk"] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

const Written = z
  .string()
  .trim()
  .min(1, { error: "is empty; every name needs its Russian and Kazakh form" });

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
  })
  .strict();
export type LocalName = z.infer<typeof LocalNameSchema>;

export const NamesFileSchema = z
  .object({ $comment: z.string().optional(), names: z.array(LocalNameSchema) })
  .strict();
