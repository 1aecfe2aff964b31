import type { NextRequest } from "next/server";

import { parseExportParams, type ExportParams } from "../charts/view/url-codec";
import { apiError } from "./api-error";
import { FALLBACK_LOCALE, isLocale, LOCALES, type Locale } from "../i18n/locale";

/** A download request, read once: its export options, and the language checked. */
export interface ExportRequest extends Omit<ExportParams, "lang"> {
  /** The whole query, for the chart's view (read by the URL codec). */
  query: URLSearchParams;
  /** The language lang asked for; null without one (the CSVs then have no label in it). */
  lang: Locale | null;
  /** The language of words in the download: lang, else English. */
  locale: Locale;
}

/**
 * Reads a download's query through the URL codec, or answers the 400 that says what is wrong. A
 * download with no words in any language (the figures) takes no lang: `takesLang` false ignores it.
 */
export function toExportRequest(request: NextRequest, takesLang = true): ExportRequest | Response {
  const query = request.nextUrl.searchParams;
  const parsed = parseExportParams(query);
  const { lang, ...options } = takesLang ? parsed : { ...parsed, lang: null };
  if (lang !== null && !isLocale(lang))
    return apiError(
      400,
      `lang must be one of ${LOCALES.join(", ")}; got ${JSON.stringify(lang.slice(0, 40))}.`,
    );
  return { ...options, query, lang, locale: lang ?? FALLBACK_LOCALE };
}
