import en from "./messages/en.json" with { type: "json" };
import kk from "./messages/kk.json" with { type: "json" };
import ru from "./messages/ru.json" with { type: "json" };
import { pluralCategory } from "./format-locale";
import type { Catalogues, PluralForms } from "./catalogue-shape";
import type { Locale } from "./locale";
import { fillMessage, type Vars } from "./message-format";

/**
 * The UI's words, one JSON catalogue per language (lib/i18n/messages/*.json). English defines the keys;
 * `npm run validate` fails when Kazakh or Russian lacks one, has one English lacks, drops a {placeholder}
 * or misses a plural form its language needs (lib/i18n/check-messages.ts).
 *
 * A message is a string with {placeholders}, or an object of CLDR plural forms picked by the `count`
 * variable: { "one": "{count} region", "other": "{count} regions" }.
 */
export type Catalogue = typeof en;
export type { PluralForms };
type Message = string | PluralForms;

type KeysOf<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K}`
    : T[K] extends { other: string }
      ? `${P}${K}`
      : KeysOf<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = KeysOf<Catalogue>;

/** A language missing from this table, or a key missing from its catalogue, fails to compile. */
export const CATALOGUES = { en, ru, kk } satisfies Catalogues<Catalogue>;

export type { Vars };
/** `capitalise: false` for a message that sits inside another, where it starts no sentence. */
export type Translate = ((
  key: MessageKey,
  vars?: Vars,
  options?: { capitalise?: boolean },
) => string) & { locale: Locale };

function lookup(tree: unknown, key: string): Message | undefined {
  let node = tree;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" || (typeof node === "object" && node !== null && "other" in node)
    ? (node as Message)
    : undefined;
}

const cache = new Map<Locale, Translate>();

/** The translator of one language. A key it lacks (validate prevents that) reads in English, never as the key. */
export function translator(locale: Locale): Translate {
  const held = cache.get(locale);
  if (held) return held;
  const t = ((key: MessageKey, vars: Vars = {}, options = {}) => {
    const message = lookup(CATALOGUES[locale], key) ?? lookup(en, key) ?? key;
    if (typeof message === "string") return fillMessage(message, vars, locale, options);
    const count = Number(vars.count ?? 0);
    const form = message[pluralCategory(count, locale)] ?? message.other;
    return fillMessage(form, vars, locale, options);
  }) as Translate;
  t.locale = locale;
  cache.set(locale, t);
  return t;
}
