/**
 * What proxy.ts answers itself, before a route runs: requests Next.js would turn into a 500 (a path
 * with malformed percent-encoding) and methods a route lacks. Each answer is plain text naming what
 * was wrong, with the usual security headers.
 */
import { securityHeadersFor } from "./security-headers.mjs";

/** The methods Next.js's route handlers know; any other (TRACE, CONNECT, …) made them throw. */
const HANDLER_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]);

/** Why a path cannot be read, or null when it can: a "%" must start a valid UTF-8 escape. */
export function malformedPath(pathname: string): string | null {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    const shown = pathname.length > 80 ? `${pathname.slice(0, 80)}…` : pathname;
    return `The address ${JSON.stringify(shown)} has a malformed percent-encoding: each "%" must be followed by two hexadecimal digits of a valid UTF-8 sequence.`;
  }
}

/**
 * Why a request's method is refused at this path, as the Allow header to send with a 405, or null
 * when it may go on. `allow` is the path's methods (lib/http/api-methods.ts), null for an API path no
 * route serves: its catch-all takes every method Next.js knows and answers 404.
 */
export function refusedMethod(method: string | undefined, allow: string | null): string | null {
  if (allow === null) return HANDLER_METHODS.has(method ?? "GET") ? null : CATCH_ALL_METHODS;
  return isAllowed(method, allow) ? null : allow;
}

const CATCH_ALL_METHODS = "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT";

export function isAllowed(method: string | undefined, allow: string): boolean {
  const m = method ?? "GET";
  return HANDLER_METHODS.has(m) && allow.split(/\s*,\s*/).includes(m);
}

/** A plain-text error with the security headers; never cached. */
export function errorResponse(
  status: number,
  message: string,
  pathname: string,
  extra: Record<string, string> = {},
): Response {
  return new Response(`${message}\n`, {
    status,
    headers: {
      ...securityHeadersFor(pathname),
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      ...extra,
    },
  });
}
