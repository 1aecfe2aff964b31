/** Theme choice, shared by the server (cookie) and the toggle. Zod-free on purpose: it ships to the browser. */
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_COOKIE = "theme";

/** Reads the theme cookie; anything unexpected means "follow the system". */
export function parseTheme(value: string | undefined): Theme {
  return THEMES.find((t) => t === value) ?? "system";
}
