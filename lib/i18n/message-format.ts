import type { Locale } from "./locale";

/**
 * Fills a catalogue message: "{name}" puts a value in place; "{name|abl}", "{name|dat}" and
 * "{name|ord}" put it with a grammatical ending of the message's language (Kazakh cases after a
 * number, English and Kazakh ordinal endings), so a catalogue places and inflects a number itself
 * instead of code gluing words around it. A value that starts a sentence starts with a capital:
 * names such as «область Абай» are written lowercase first in running text.
 *
 * Written by hand rather than with intl-messageformat: ICU MessageFormat has no way to pick a
 * Kazakh case ending from the sound of a number, which is the one thing these messages need beyond
 * plurals; and this file ships to the browser, at a few hundred bytes. The endings themselves come
 * from the caller (lib/i18n/inflect.ts), so the Kazakh grammar stays on the server.
 */

export type Vars = Record<string, string | number>;
export type Filter = "abl" | "dat" | "ord";

const PLACEHOLDER = /\{(\w+)(?:\|(abl|dat|ord))?\}/g;

/** The names a message's placeholders use ("{value|abl}" uses "value"). */
export function placeholderNames(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** Adds a filter's ending to a value: lib/i18n/inflect.ts on the server. */
export type Inflect = (value: string, filter: Filter, locale: Locale) => string;

function startsSentence(before: string): boolean {
  return before === "" || /[.!?]\s+$/.test(before);
}

function capitalised(value: string): string {
  const first = value.charAt(0);
  return first === first.toLocaleUpperCase() ? value : first.toLocaleUpperCase() + value.slice(1);
}

/**
 * `capitalise: false` for the number and date patterns, which are pieces of a sentence, not one
 * («июнь 2022» stays lowercase).
 */
export function fillMessage(
  text: string,
  vars: Vars,
  locale: Locale,
  { capitalise = true, inflect }: { capitalise?: boolean; inflect: Inflect },
): string {
  return text.replace(PLACEHOLDER, (all, name: string, filter: Filter | undefined, at: number) => {
    if (!(name in vars)) return all;
    let value = String(vars[name]);
    if (filter) value = inflect(value, filter, locale);
    return capitalise && startsSentence(text.slice(0, at)) ? capitalised(value) : value;
  });
}
