import type { Locator, Source } from "./schemas";
import { formatDate } from "../format";
import type { Locale } from "../i18n/locale";

/** "“Birth of New Kazakhstan (Part 2)”, Sailau News, 24 Mar 2023 · Mandate of Trust ¶2": where a figure can be checked. */
export function formatCitation(
  source: Source,
  locator: Locator | undefined,
  locale: Locale,
): string {
  const date = source.published ? `, ${formatDate(source.published, locale)}` : "";
  const where = locator ? ` · ${locator.section} ¶${locator.paragraph}` : "";
  return `“${source.title}”, ${source.publisher}${date}${where}`;
}
