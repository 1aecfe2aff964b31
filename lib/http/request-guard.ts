/**
 * What proxy.ts answers itself, before a route runs: requests Next.js would turn into a 500 (a path
 * with malformed percent-encoding) and methods a route lacks. Each answer is plain text naming what
 * was wrong, with the usual security headers.
 */
import { securityHeadersFor } from "./security-headers.mjs";

/** The methods Next.js's route handlers know; any other (TRACE, CONNECT, …) made them throw. */
const HANDLER_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]);
const PAGE_METHODS = "GET, HEAD";

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
 * Whether a request's method must be checked against what its address allows before Next.js sees
 * it: any method but GET, HEAD and OPTIONS, which every route answers.
 */
export function needsMethodCheck(method: string | undefined): boolean {
  return !["GET", "HEAD", "OPTIONS"].includes(method ?? "GET");
}

/**
 * The methods an address allows: for an API route, what Next.js's own OPTIONS answer lists (it knows
 * which handlers the route exports, and askOptions returns its Allow header); pages take GET and HEAD.
 */
export async function allowedMethods(
  pathname: string,
  askOptions: (pathname: string) => Promise<string | null>,
): Promise<string> {
  if (!pathname.startsWith("/api/")) return PAGE_METHODS;
  return (await askOptions(pathname)) ?? PAGE_METHODS;
}

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
