// @ts-check
/**
 * A page cache in front of Next.js, in the spirit of nginx's proxy_cache: on election night every
 * visitor asks for the same few pages, which change only when the data does. Each page is rendered
 * once and everyone gets the stored bytes (already compressed) until the server clears the cache on a
 * data change, or the copy grows old. Rendering blocks Node's event loop for a long moment on a small
 * machine, so the fewer renders the steadier the latency. Plain JavaScript because the production
 * server (scripts/serve.mjs) loads it without a TypeScript step.
 */
import { promisify } from "node:util";
import zlib from "node:zlib";

import { toAsciiHtml } from "./ascii-html.mjs";
import { chooseEncoding } from "./encoding.mjs";
import { etagOf, ifNoneMatchHas } from "./etag.mjs";

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/**
 * The running server's cache lives in a global so that revalidation, which runs inside Next.js's
 * route bundle (a separate module instance), can reach the same object.
 */
const MICRO_CACHE_KEY = Symbol.for("kz-dashboard.micro-cache");

/** Makes this server's cache the one clearPageCache() empties. @param {{ clear(): void }} cache */
export function publishPageCache(cache) {
  /** @type {Record<symbol, unknown>} */ (globalThis)[MICRO_CACHE_KEY] = cache;
}

/** Empties the running server's page cache, if there is one (not under `next dev`). */
export function clearPageCache() {
  const cache = /** @type {Record<symbol, { clear(): void } | undefined>} */ (globalThis)[
    MICRO_CACHE_KEY
  ];
  cache?.clear();
}

/**
 * What depends on the URL and the data alone (no cookies, no per-visitor content): the pages, and what
 * crowds ask for on election night: the link-preview images, the figures CSV, and the revision state
 * every open page polls. Also the build's own files under /_next/static (hashed names, never
 * changing): Next.js compresses each one afresh per request (~6 ms of CPU for React DOM, so ~160
 * requests/s), and every new visitor needs about ten of them. Path segments may not start with a dot,
 * so no "..".
 */
const CACHEABLE =
  /^\/(?:changes|(?:charts|embed|api\/og)\/[A-Za-z0-9-]{1,100}|api\/figures\.csv|api\/revision|_next\/static(?:\/[A-Za-z0-9_~-][A-Za-z0-9._~-]{0,150}){1,4}$)?(?:\?|$)/;
const STORED_TYPES =
  /^(?:text\/html|text\/csv|text\/css|image\/png|application\/json|(?:text|application)\/javascript)\b/;
/** Kinds worth compressing: everything stored except the PNG images. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript)\b)/;
const MAX_URL_LENGTH = 512;
// Hop-by-hop and per-response headers that must not be replayed from a stored copy. A response shared
// between visitors never carries a cookie (the app sets none; this keeps it that way).
const DROP = new Set([
  "set-cookie",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "date",
  "etag",
]);

/**
 * @typedef {{ status: number, headers: Record<string, string>, body: Buffer }} Upstream
 * @typedef {{ status: number, headers: Record<string, string>, body: Buffer, gzip: Buffer | null,
 *   br: Buffer | null, etag: string | null, storedAt: number }} Entry
 * @typedef {{ entry: Entry, state: "HIT" | "STALE" | "MISS" | "PASS" }} Lookup
 */

/**
 * Whether a request may be answered from the cache: a plain GET or HEAD of a page, not a client-side
 * navigation (those carry `rsc` / `next-*` headers and ask for a different payload).
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} req
 */
export function isCacheable(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const url = req.url ?? "";
  if (url.length > MAX_URL_LENGTH || !CACHEABLE.test(url) || /[?&]_rsc=/.test(url)) return false;
  return !Object.keys(req.headers).some(
    (h) => h === "rsc" || h.startsWith("next-") || h === "authorization",
  );
}

/** @param {Upstream} upstream @param {number} now @returns {Promise<Entry>} */
async function toEntry(upstream, now) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const [k, v] of Object.entries(upstream.headers)) {
    if (!DROP.has(k.toLowerCase())) headers[k.toLowerCase()] = v;
  }
  const ok = upstream.status === 200;
  const type = headers["content-type"] ?? "";
  const compressible = COMPRESSIBLE.test(type);
  const body =
    ok && /^text\/html\s*;\s*charset=utf-8\s*$/i.test(type)
      ? Buffer.from(toAsciiHtml(upstream.body.toString("utf8")), "utf8")
      : upstream.body;
  const [gz, br] =
    ok && compressible
      ? await Promise.all([
          gzip(body),
          brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }),
        ])
      : [null, null];
  const etag = ok ? etagOf(body) : null;
  return {
    status: upstream.status,
    headers,
    body,
    gzip: gz,
    br,
    etag,
    storedAt: now,
  };
}

/** Only complete, successful, visitor-independent pages and files are kept. */
function storable(/** @type {Upstream} */ u) {
  const type = Object.entries(u.headers).find(([k]) => k.toLowerCase() === "content-type")?.[1];
  const cookie = Object.keys(u.headers).some((k) => k.toLowerCase() === "set-cookie");
  return u.status === 200 && !cookie && STORED_TYPES.test(type ?? "");
}

/**
 * @param {{ fill: (url: string) => Promise<Upstream>, freshMs?: number, staleMs?: number,
 *   maxEntries?: number, now?: () => number }} options
 *   freshMs: served without asking Next again; staleMs: served while one refresh runs behind it;
 *   older than that, the visitor waits for a new render. Data changes clear the cache at once; the
 *   ages are a backstop.
 */
export function createMicroCache({
  fill,
  freshMs = 10 * 60_000,
  staleMs = 60 * 60_000,
  maxEntries = 64,
  now = Date.now,
}) {
  /** @type {Map<string, Entry>} insertion order doubles as least-recently-used order */
  const entries = new Map();
  /** @type {Map<string, Promise<Entry>>} one render per URL at a time, shared by all who wait */
  const pending = new Map();
  let generation = 0;

  /** @param {string} url */
  function refresh(url) {
    const running = pending.get(url);
    if (running) return running;
    const startedIn = generation;
    const job = fill(url)
      .then(async (upstream) => {
        const entry = await toEntry(upstream, now());
        // A clear() during the render means the data changed: don't store what may be older.
        if (storable(upstream) && startedIn === generation) {
          entries.delete(url);
          entries.set(url, entry);
          while (entries.size > maxEntries) entries.delete(entries.keys().next().value ?? "");
        }
        return entry;
      })
      .finally(() => pending.delete(url));
    pending.set(url, job);
    return job;
  }

  return {
    /** @param {string} url @returns {Promise<Lookup>} */
    async get(url) {
      const entry = entries.get(url);
      const age = entry ? now() - entry.storedAt : Infinity;
      if (entry && age <= freshMs) {
        entries.delete(url);
        entries.set(url, entry);
        return { entry, state: "HIT" };
      }
      if (entry && age <= staleMs) {
        refresh(url).catch(() => {});
        return { entry, state: "STALE" };
      }
      const fresh = await refresh(url);
      return { entry: fresh, state: entries.get(url) === fresh ? "MISS" : "PASS" };
    },
    /** Forget everything, e.g. after a new data revision. */
    clear() {
      generation++;
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}

/**
 * Writes a looked-up page: the stored headers, an ETag, the best encoding the client accepts, and
 * 304 for a matching If-None-Match.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {Lookup} lookup
 */
export function sendCached(req, res, { entry, state }) {
  const encoding = chooseEncoding(req, entry);
  const body = encoding === "br" ? entry.br : encoding === "gzip" ? entry.gzip : entry.body;
  const vary = entry.headers.vary;
  /** @type {Record<string, string>} */
  const headers = {
    ...entry.headers,
    "x-cache": state,
    // Next.js varies pages on its navigation headers; a CDN must also keep encodings apart.
    vary: !vary
      ? "Accept-Encoding"
      : /accept-encoding/i.test(vary)
        ? vary
        : `${vary}, Accept-Encoding`,
  };
  if (entry.etag) headers.etag = entry.etag;
  if (entry.etag && /^text\/html/.test(entry.headers["content-type"] ?? "")) {
    // Next.js marks rendered pages no-store; a stored page may be kept by a CDN for a second, and
    // browsers check back with the ETag every time. Files keep the caching their routes chose.
    headers["cache-control"] = "public, max-age=0, s-maxage=1, stale-while-revalidate=10";
  }
  if (
    entry.etag &&
    ifNoneMatchHas(/** @type {string | undefined} */ (req.headers["if-none-match"]), entry.etag)
  ) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  if (encoding) headers["content-encoding"] = encoding;
  headers["content-length"] = String(body?.length ?? 0);
  res.writeHead(entry.status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}
