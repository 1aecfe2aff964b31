import type { Locale } from "./locale";
import { translator } from "./translate";

/**
 * The product's English name and title, for what is not in a reader's language: the API's own
 * description, data packages, and citations (APA and BibTeX keep their English conventions). Apart
 * from lib/site.ts because the browser's code imports that, and this pulls in the catalogues.
 */
const en = translator("en");

/** The product's name in a language, for what a page of that language cites. */
export function siteNameIn(locale: Locale): string {
  return translator(locale)("site.name");
}

export const SITE_NAME = en("site.name");
export const SITE_TITLE = en("site.title");
