import "server-only";

import type { Locale } from "./locale";
import { CATALOGUES, type Catalogue } from "./translate";

/**
 * The one way a client component gets its words: the server hands it the subtree of the catalogue
 * it needs (`messagesFor(locale, "error")`), so no catalogue ships to the browser whole. Typed as
 * English's subtree; `npm run validate` and the catalogue types make every language match it.
 */
export function messagesFor<K extends keyof Catalogue>(locale: Locale, key: K): Catalogue[K] {
  const catalogue: Record<string, unknown> = CATALOGUES[locale];
  return catalogue[key] as Catalogue[K];
}
