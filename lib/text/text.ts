import type { Locator, Qualifier, Unit } from "../data/schemas";
import type { Gender } from "../format";
import type { MessageKey } from "../i18n/translate";

/**
 * Text as a language-free model holds it: a catalogue message with its parameters, a number in its
 * unit, a date, or a reference to a name or text in data/, never words. One step at the edge
 * (lib/i18n/resolve-text.ts) turns it into words for a locale, so a model is built once for all three
 * languages and every word comes from the catalogues or data/translations.
 */
export type Text =
  | MessageText
  | NumberText
  | { date: string; prose?: boolean }
  | { period: string }
  | NameText
  | { figure: string; field: "label" | "description" }
  | { dataset: string; field: "title" | "description" | "shareBase" }
  | { nominatedBy: string; dataset: string }
  | { source: string; locator?: Locator }
  /** A source's publisher, as the reader's language names it. */
  | { publisher: string }
  /** An exit poll's pollster (its full or short name) or who ordered it (data/exit-polls.json). */
  | { exitPoll: string; field: "pollster" | "pollsterShort" | "commissionedBy" }
  | { join: readonly Text[]; sep: Separator }
  /** Words that are the same in every language: a release's time ("20:00"), a code. */
  | { lit: string };

export interface MessageText {
  key: MessageKey;
  vars?: Readonly<Record<string, Text | number>>;
}

export interface NumberText {
  num: number;
  unit: Unit;
  decimals: number;
  qualifier?: Qualifier;
  /** With its qualifier in words ("more than $45 billion") rather than a sign ("> $45 billion"). */
  inWords?: boolean;
  gender?: Gender;
}

/** An option's, party's or unit's name; `on` a day, for names that changed (Nur-Sultan). */
export interface NameText {
  name: string;
  short?: boolean;
  /** As a sentence puts it, where names.json has a prose form: графа «против всех». */
  prose?: boolean;
  on?: string;
}

/** Punctuation between listed texts; no words, which would need a catalogue. */
export type Separator = " " | "; " | ", " | " · " | " – ";

export const msg = (key: MessageKey, vars?: MessageText["vars"]): MessageText =>
  vars ? { key, vars } : { key };

export const num = (
  value: number,
  unit: Unit,
  decimals: number,
  extra: Omit<NumberText, "num" | "unit" | "decimals"> = {},
): NumberText => ({ num: value, unit, decimals, ...extra });

export const date = (iso: string, prose = false): Text =>
  prose ? { date: iso, prose } : { date: iso };

export const nameOf = (id: string, extra: Omit<NameText, "name"> = {}): NameText => ({
  name: id,
  ...extra,
});

export const lit = (text: string): Text => ({ lit: text });

export const join = (parts: readonly Text[], sep: Separator): Text => ({ join: parts, sep });

export function isText(value: unknown): value is Text {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
