import type { Locator, Source } from "./schemas";
import { shownTitle, shownTitleLanguage } from "./source-names";
import { formatDate } from "../format";
import type { Locale } from "../i18n/locale";

/**
 * A citation's pieces, each with the language it is written in: the title in its own (the English of
 * the article, a Russian page's headline), the section heading in the article's, publisher and date
 * in the page's. A page marks the pieces not in its language (lang), so a screen reader reads them
 * in their own and a translation tool leaves a title to be searched for as it is.
 */
export interface CitationParts {
  title: { text: string; lang: string };
  /** ", Sailau News, 24 Mar 2023": publisher and date, in the page's language. */
  rest: string;
  section?: { heading: string; lang: string; paragraph: number };
}

/** Where a figure can be checked, in parts, in the words of a page of `locale`. */
export function citationParts(
  source: Source,
  locator: Locator | undefined,
  locale: Locale,
): CitationParts {
  const date = source.published ? `, ${formatDate(source.published, locale)}` : "";
  return {
    title: { text: shownTitle(source, locale), lang: shownTitleLanguage(source, locale) },
    rest: `, ${source.publisher}${date}`,
    ...(locator
      ? {
          section: {
            heading: locator.section,
            lang: source.language,
            paragraph: locator.paragraph,
          },
        }
      : {}),
  };
}

/** "“Birth of New Kazakhstan (Part 2)”, Sailau News, 24 Mar 2023 · Mandate of Trust ¶2": where a figure can be checked. */
export function formatCitation(
  source: Source,
  locator: Locator | undefined,
  locale: Locale,
): string {
  const { title, rest, section } = citationParts(source, locator, locale);
  const where = section ? ` · ${section.heading} ¶${section.paragraph}` : "";
  return `“${title.text}”${rest}${where}`;
}
