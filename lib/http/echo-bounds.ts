/**
 * Bounds on what the app copies from a request into its response headers. nginx reads an upstream's
 * headers into one buffer (deploy/nginx.conf: proxy_buffer_size) and counts an overflow as that
 * upstream failing, so a few long addresses could otherwise take every instance out of the pool.
 */

/** The longest query a redirect carries on; real views are a few hundred characters. */
export const MAX_ECHOED_QUERY = 2048;
/** No view parameter is longer (`show=` with every region is about 250). */
const MAX_PAIR = 512;

/**
 * The query a redirect carries on: the parameters in their order, each kept while it is no longer than
 * a real view's and the whole stays within MAX_ECHOED_QUERY. A dropped one is, to the page it leads
 * to, a setting it never got: it shows the default for it, as for any setting it does not understand.
 */
export function boundedQuery(search: string): string {
  if (search.length <= MAX_ECHOED_QUERY) return search;
  const kept: string[] = [];
  let length = 1;
  for (const pair of search.replace(/^\?/, "").split("&")) {
    if (pair.length > MAX_PAIR || length + pair.length + 1 > MAX_ECHOED_QUERY) continue;
    kept.push(pair);
    length += pair.length + 1;
  }
  return kept.length ? `?${kept.join("&")}` : "";
}

/**
 * Next.js's client router adds `_rsc=<short hash>` to bust caches; only such a value is passed on into
 * the rewrite (and so into the x-middleware-rewrite header).
 */
export function boundedRscParam(value: string | null): string | null {
  return value !== null && /^[\w-]{1,64}$/.test(value) ? value : null;
}
