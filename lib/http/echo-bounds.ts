/**
 * Bounds on what the app copies from a request into its response headers. nginx reads an upstream's
 * headers into one buffer (deploy/nginx.conf: proxy_buffer_size) and counts an overflow as that
 * upstream failing, so a few long addresses could otherwise take every instance out of the pool.
 */

/** The longest query a redirect carries on; real views are a few hundred characters. */
export const MAX_ECHOED_QUERY = 2048;

/** Why a query is too long to carry into a Location header, or null when it is not. */
export function queryTooLong(search: string): string | null {
  if (search.length <= MAX_ECHOED_QUERY) return null;
  return `The address's query is ${search.length} characters long; a view's address is at most ${MAX_ECHOED_QUERY}. Remove the parameters the chart does not use.`;
}

/**
 * Next.js's client router adds `_rsc=<short hash>` to bust caches; only such a value is passed on into
 * the rewrite (and so into the x-middleware-rewrite header).
 */
export function boundedRscParam(value: string | null): string | null {
  return value !== null && /^[\w-]{1,64}$/.test(value) ? value : null;
}
