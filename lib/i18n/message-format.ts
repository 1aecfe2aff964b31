import { withKkSuffix, type KkSuffix } from "./kk-grammar";
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
 * plurals; and this file ships to the browser with the number words, at a few hundred bytes.
 */

export type Vars = Record<string, string | number>;
export type Filter = "abl" | "dat" | "ord";

const PLACEHOLDER = /\{(\w+)(?:\|(abl|dat|ord))?\}/g;

/** The names a message's placeholders use ("{value|abl}" uses "value"). */
export function placeholderNames(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

const EN_ORDINAL: Record<string, string> = { 1: "st", 2: "nd", 3: "rd" };

function applyFilter(value: string, filter: Filter, locale: Locale): string {
  if (locale === "kk") return withKkSuffix(value, filter as KkSuffix);
  if (filter === "ord" && locale === "en") {
    const n = Number(value.replace(/[^\d]/g, ""));
    const teen = n % 100 >= 11 && n % 100 <= 13;
    return `${value}${teen ? "th" : (EN_ORDINAL[n % 10] ?? "th")}`;
  }
  // Russian inflects these in the message's own words ("{value}-я"); no ending is added.
  return value;
}

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
  { capitalise = true }: { capitalise?: boolean } = {},
): string {
  return text.replace(PLACEHOLDER, (all, name: string, filter: Filter | undefined, at: number) => {
    if (!(name in vars)) return all;
    let value = String(vars[name]);
    if (filter) value = applyFilter(value, filter, locale);
    return capitalise && startsSentence(text.slice(0, at)) ? capitalised(value) : value;
  });
}
