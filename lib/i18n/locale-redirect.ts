import { LOCALES, negotiateLocale, type Locale } from "./locale";

/** The pages that live under a language, /kk/… /ru/… /en/…; the API and the build's files do not. */
const LOCALIZED = /^\/(?:charts|embed|regions|changes|about)(?:\/|$)/;

/**
 * Where an address without a language goes: "/" and the paths that had none before the languages
 * came (shared links, embeds in other sites) go to the same page in the language the browser asks
 * for. Null for every other address.
 */
export function localeRedirect(
  pathname: string,
  acceptLanguage: string | null,
): { locale: Locale; pathname: string } | null {
  if (pathname !== "/" && !LOCALIZED.test(pathname)) return null;
  const locale = negotiateLocale(acceptLanguage);
  return { locale, pathname: pathname === "/" ? `/${locale}` : `/${locale}${pathname}` };
}

/**
 * The Link header of that redirect: the page in all three languages (hreflang alternates, x-default
 * being the address itself), for crawlers and for clients that do not follow redirects. (Next.js
 * writes a redirect's body itself, so the header is where the three links go.)
 */
export function alternatesFor(pathname: string, search: string, origin: string): string {
  const rest = pathname === "/" ? "" : pathname;
  return [
    ...LOCALES.map((l) => `<${origin}/${l}${rest}${search}>; rel="alternate"; hreflang="${l}"`),
    `<${origin}${pathname}${search}>; rel="alternate"; hreflang="x-default"`,
  ].join(", ");
}
