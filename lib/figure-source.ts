import type { Locator, Source } from "./schemas";
import { formatDate } from "./format";

/** "Sailau News, 24 Mar 2023 · Mandate of Trust ¶2": where a figure can be checked. */
export function formatCitation(source: Source, locator?: Locator): string {
  const date = source.published ? `, ${formatDate(source.published)}` : "";
  const where = locator ? ` · ${locator.section} ¶${locator.paragraph}` : "";
  return `${source.publisher}${date}${where}`;
}
