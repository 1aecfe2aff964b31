/**
 * Theme choice, kept in the browser's localStorage rather than a cookie so every visitor gets the same
 * HTML and pages can be served from cache. Zod-free on purpose: it ships to the browser.
 */

import { LOCALE_ALTERNATION } from "../i18n/locales.mjs";
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_STORAGE_KEY = "theme";

/** Anything unexpected means "follow the system". */
export function parseTheme(value: string | null | undefined): Theme {
  return THEMES.find((t) => t === value) ?? "system";
}

/**
 * What an embed's host page may ask for with `?theme=`: auto follows the reader's system, as the
 * dashboard does when nothing is stored.
 */
export const EMBED_THEMES = ["auto", "light", "dark"] as const;

/**
 * Runs in <head> before the first paint, so a stored choice never flashes the other theme.
 * In an embed, a valid `?theme=light|dark|auto` wins over the stored choice: the page it sits in
 * decides. Read in the browser, so every theme is the same cached HTML. Storage can throw (privacy
 * modes); the page then follows the system.
 */
export const THEME_BOOT_SCRIPT = `try{var q=/^\\/(?:(?:${LOCALE_ALTERNATION})\\/)?embed\\//.test(location.pathname)?new URLSearchParams(location.search).get("theme"):null;var t=q==="auto"?"system":${JSON.stringify(
  EMBED_THEMES,
)}.indexOf(q)>0?q:localStorage.getItem(${JSON.stringify(
  THEME_STORAGE_KEY,
)});if(${JSON.stringify(THEMES)}.indexOf(t)>0)document.documentElement.setAttribute("data-theme",t)}catch(e){}`;
