import { NextResponse, type NextRequest } from "next/server";

import { viewKeyFor } from "@/lib/charts/view/fetch-view";
import {
  allowedMethods,
  errorResponse,
  isAllowed,
  malformedPath,
  needsMethodCheck,
} from "@/lib/http/request-guard";
import { selfUrl } from "@/lib/http/self-revalidate";
import { alternatesFor, localeRedirect } from "@/lib/i18n/locale-redirect";

/**
 * Runs before every route:
 * - answers what would otherwise be a 500 (a malformed path) or reach a route that lacks the method;
 * - sends "/" and the addresses that had no language (/charts/<id>, shared before there were three)
 *   to the same page in the language the browser asks for;
 * - turns a chart or embed address with a view in its query into that view's own cached page
 *   (`/<lang>/charts/<id>/view/<key>`, lib/charts/view/view-key.ts), so each view is rendered once and
 *   any number of unknown, repeated or reordered parameters share its one cache entry.
 */
export async function proxy(request: NextRequest) {
  // The raw path: nextUrl's is already decoded, and a bad escape must be seen as sent.
  const pathname = new URL(request.url).pathname;
  const malformed = malformedPath(pathname);
  if (malformed) return errorResponse(400, malformed, pathname);

  if (needsMethodCheck(request.method)) {
    const allow = await allowedMethods(pathname, askOptions);
    if (!isAllowed(request.method, allow))
      return errorResponse(
        405,
        `${request.method.slice(0, 20)} is not allowed at ${pathname.slice(0, 80)}; it takes ${allow}.`,
        pathname,
        { Allow: allow },
      );
  }

  // Internal addresses: the view pages are reached only through a rewrite, and Next.js's own error
  // pages only as errors (requested directly they are sent as cacheable for a year).
  if (
    /^\/(?:kk|ru|en)\/(?:charts|embed)\/[^/]+\/view(?:\/|$)/.test(pathname) ||
    INTERNAL.has(pathname)
  )
    return errorResponse(404, `There is no page at ${pathname.slice(0, 80)}.`, pathname);

  const unprefixed = localeRedirect(pathname, request.headers.get("accept-language"));
  if (unprefixed) {
    const { search } = request.nextUrl;
    return new Response(null, {
      status: 307,
      headers: {
        Location: new URL(`${unprefixed.pathname}${search}`, request.nextUrl.origin).href,
        // Not for a long query: four copies of it would overflow a client's header limit.
        ...((pathname + search).length <= 300 && {
          Link: alternatesFor(pathname, search, request.nextUrl.origin),
        }),
        Vary: "Accept-Language",
        // Depends on the request's language, which no shared cache keys on (deploy/nginx.conf
        // honours X-Accel-Expires).
        "Cache-Control": "private, no-store",
        "X-Accel-Expires": "0",
      },
    });
  }

  const chart = /^\/(kk|ru|en)\/(charts|embed)\/([^/]+)$/.exec(pathname);
  if (chart && request.nextUrl.search) {
    const [, locale, kind, id] = chart as unknown as [string, string, string, string];
    const query = new URLSearchParams(request.nextUrl.search);
    // The client router's cache-busting parameter travels on; it is not part of the view.
    const rsc = query.get("_rsc");
    query.delete("_rsc");
    const key = await viewKeyFor(decodeURIComponent(id), query).catch(() => undefined);
    if (key) {
      const url = request.nextUrl.clone();
      url.pathname = `/${locale}/${kind}/${id}/view/${key}`;
      url.search = rsc === null ? "" : `?_rsc=${encodeURIComponent(rsc)}`;
      return NextResponse.rewrite(url);
    }
  }
  return NextResponse.next();
}

const INTERNAL = new Set(["/_not-found", "/_global-error", "/_error"]);

/** The Allow header Next.js gives an OPTIONS request to this path (it knows each route's handlers). */
async function askOptions(pathname: string): Promise<string | null> {
  const r = await fetch(`${selfUrl()}${pathname}`, {
    method: "OPTIONS",
    signal: AbortSignal.timeout(5_000),
  }).catch(() => null);
  return r?.headers.get("allow") ?? null;
}

export const config = {
  // Not the build's files: they never need any of this, and are the most requested.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
