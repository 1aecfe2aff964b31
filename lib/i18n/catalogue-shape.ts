import type { Locale } from "./locale";

/** The plural forms any language may give; each language's own are checked by check-messages.ts. */
export type PluralForms = {
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
};

/** English's shape of a catalogue, with any plural object standing for the forms another language needs. */
export type Shape<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends { other: string }
      ? PluralForms
      : Shape<T[K]>;
};

/**
 * Every language's catalogue with English's keys: `{ en, ru, kk } satisfies Catalogues<typeof en>`
 * fails to compile when a language, or a key of one, is missing.
 */
export type Catalogues<T> = Record<Locale, Shape<T>>;
