/**
 * The languages of the product, in one place for TypeScript (lib/i18n/locale.ts) and for the
 * plain-JavaScript config Next.js loads before any TypeScript (lib/http/security-headers.mjs):
 * every pattern that matches a locale in a path is built from this list.
 */
export const LOCALE_LIST = /** @type {const} */ (["kk", "ru", "en"]);

/** "kk|ru|en", for a path pattern's alternation. */
export const LOCALE_ALTERNATION = LOCALE_LIST.join("|");
