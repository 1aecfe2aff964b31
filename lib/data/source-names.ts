import type { Source } from "./schemas";
import type { Locale } from "../i18n/locale";

type Titled = Pick<Source, "title" | "originalTitle" | "language">;

/**
 * The title a reader of `locale` is shown: a Kazakh or Russian page's own headline to Kazakh and
 * Russian readers (the words they would search for), the English to English readers, and the
 * English rendering wherever data/ lacks the original.
 */
export function shownTitle(source: Titled, locale: Locale): string {
  return locale !== "en" && source.originalTitle !== undefined
    ? source.originalTitle
    : source.title;
}

/** The language of the title `shownTitle` gives, for the lang attribute of the element showing it. */
export function shownTitleLanguage(source: Titled, locale: Locale): string {
  return locale !== "en" && source.originalTitle !== undefined ? source.language : "en";
}

/** A lang attribute only where the text is not in the page's language: the rest inherits it. */
export function langIfOther(lang: string, locale: Locale): string | undefined {
  return lang === locale ? undefined : lang;
}
