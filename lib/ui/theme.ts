/**
 * Theme choice, kept in the browser's localStorage rather than a cookie so every visitor gets the same
 * HTML and pages can be served from cache. Zod-free on purpose: it ships to the browser.
 */
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_STORAGE_KEY = "theme";

/** Anything unexpected means "follow the system". */
export function parseTheme(value: string | null | undefined): Theme {
  return THEMES.find((t) => t === value) ?? "system";
}

/**
 * Runs in <head> before the first paint, so a stored choice never flashes the other theme.
 * Storage can throw (privacy modes); the page then follows the system.
 */
export const THEME_BOOT_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(
  THEME_STORAGE_KEY,
)});if(${JSON.stringify(THEMES)}.indexOf(t)>0)document.documentElement.setAttribute("data-theme",t)}catch(e){}`;
