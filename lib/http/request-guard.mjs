/**
 * What the production server answers itself, before Next.js: requests Next.js would turn into a 500
 * (a path with malformed percent-encoding, a method such as TRACE), and the caching of error pages.
 * Each answer is plain text naming what was wrong, with the usual security headers.
 */
import { securityHeadersFor } from "./security-headers.mjs";

/** The methods Next.js's route handlers know; any other (TRACE, CONNECT, …) made them throw. */
const HANDLER_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]);
const PAGE_METHODS = "GET, HEAD";

/**
 * Why a path cannot be read, or null when it can: a "%" must start a valid UTF-8 escape.
 * @param {string} pathname
 */
export function malformedPath(pathname) {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    const shown = pathname.length > 80 ? `${pathname.slice(0, 80)}…` : pathname;
    return `The address ${JSON.stringify(shown)} has a malformed percent-encoding: each "%" must be followed by two hexadecimal digits of a valid UTF-8 sequence.`;
  }
}

/**
 * Whether a request's method must be checked against what its address allows before Next.js sees
 * it: any method but GET, HEAD and OPTIONS, which every route answers.
 * @param {string | undefined} method
 */
export function needsMethodCheck(method) {
  return !["GET", "HEAD", "OPTIONS"].includes(method ?? "GET");
}

/**
 * The methods an address allows: for an API route, what Next.js's own OPTIONS answer lists (it knows
 * which handlers the route exports); pages take GET and HEAD.
 * @param {string} pathname
 * @param {(pathname: string) => Promise<string | null>} askOptions the Allow header of an OPTIONS request
 */
export async function allowedMethods(pathname, askOptions) {
  if (!pathname.startsWith("/api/")) return PAGE_METHODS;
  return (await askOptions(pathname)) ?? PAGE_METHODS;
}

/**
 * @param {string | undefined} method
 * @param {string} allow
 */
export function isAllowed(method, allow) {
  const m = method ?? "GET";
  return HANDLER_METHODS.has(m) && allow.split(/\s*,\s*/).includes(m);
}

/**
 * Writes a plain-text error with the security headers; never cached.
 * @param {import("node:http").ServerResponse} res
 * @param {number} status
 * @param {string} message
 * @param {string} pathname
 * @param {Record<string, string>} [extra]
 */
export function sendError(res, status, message, pathname, extra = {}) {
  const body = `${message}\n`;
  res.writeHead(status, {
    ...securityHeadersFor(pathname),
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": String(Buffer.byteLength(body)),
    "Cache-Control": "no-store",
    ...extra,
  });
  res.end(body);
}

/**
 * Makes every error response uncacheable. Next.js sends its prerendered error pages
 * (/_not-found, /_global-error) with s-maxage=31536000, which would let a CDN keep an error for a year.
 * @param {import("node:http").ServerResponse} res
 */
export function neverCacheErrors(res) {
  const writeHead = res.writeHead;
  /** @type {typeof res.writeHead} */
  const patched = function (status, ...rest) {
    if (status >= 400) {
      res.setHeader("Cache-Control", "no-store");
      for (const arg of rest)
        if (arg && typeof arg === "object" && !Array.isArray(arg))
          for (const key of Object.keys(arg))
            if (key.toLowerCase() === "cache-control") arg[key] = "no-store";
    }
    return writeHead.call(res, status, ...rest);
  };
  res.writeHead = patched;
}
