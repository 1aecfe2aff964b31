import { NextResponse, type NextRequest } from "next/server";

import { viewKeyFor } from "@/lib/charts/view/fetch-view";
import { allowFor } from "@/lib/http/api-methods";
import { boundedQuery, boundedRscParam } from "@/lib/http/echo-bounds";
import { errorResponse, malformedPath, refusedMethod } from "@/lib/http/request-guard";
import { securityHeadersFor } from "@/lib/http/security-headers.mjs";
import { alternatesFor, localeRedirect } from "@/lib/i18n/locale-redirect";
import { LOCALE_ALTERNATION } from "@/lib/i18n/locales.mjs";
import { siteUrl } from "@/lib/site";

/**
 * Runs before every route:
 * - answers what would otherwise be a 500 (a malformed path) or reach a route that lacks the method;
 * - sends "/" and the addresses that had no language (/charts/<id>, shared before there were three)
 *   to the same page in the language the browser asks for;
 * - turns a chart or embed address with a view in its query into that view's own cached page
 *   (`/<lang>/charts/<id>/view/<key>`, lib/charts/view/view-key.ts), so each view is rendered once and
 *   any number of unknown, repeated or reordered parameters share its one cache entry.
 * Nothing a client sends is echoed into a header without a bound (lib/http/echo-bounds.ts): a proxy in
 * front keeps an upstream's headers in a fixed buffer and counts an overflow as the upstream failing.
 */
export async function proxy(request: NextRequest) {
  // The raw path: nextUrl's is already decoded, and a bad escape must be seen as sent.
  const pathname = new URL(request.url).pathname;
  const malformed = malformedPath(pathname);
  if (malformed) return errorResponse(400, malformed, pathname);

  const allow = allowFor(pathname);
  // Pages have no OPTIONS handler (Next.js answered 400); the API routes' own answer lists their methods.
  if (request.method === "OPTIONS" && !pathname.startsWith("/api/"))
    return new Response(null, {
      status: 204,
      headers: { ...securityHeadersFor(pathname), Allow: allow!, "Cache-Control": "no-store" },
    });
  const refused = refusedMethod(request.method, allow);
  if (refused)
    return errorResponse(
      405,
      `${request.method.slice(0, 20)} is not allowed at ${pathname.slice(0, 80)}; it takes ${refused}.`,
      pathname,
      { Allow: refused },
    );

  // Internal addresses: the view pages are reached only through a rewrite, and Next.js's own error
  // pages only as errors (requested directly they are sent as cacheable for a year).
  if (VIEW_PATH.test(pathname) || INTERNAL.has(pathname))
    return errorResponse(404, `There is no page at ${pathname.slice(0, 80)}.`, pathname);

  const unprefixed = localeRedirect(pathname, request.headers.get("accept-language"));
  if (unprefixed) {
    const search = boundedQuery(request.nextUrl.search);
    return new Response(null, {
      status: 307,
      headers: {
        // request.url's origin is the server's own, so Next.js sends this as a relative address.
        Location: new URL(`${unprefixed.pathname}${search}`, request.url).href,
        // Not for a long query: four copies of it would overflow a client's header limit.
        ...((pathname + search).length <= 300 && {
          Link: alternatesFor(pathname, search, siteUrl()),
        }),
        Vary: "Accept-Language",
        // Depends on the request's language, which no shared cache keys on (deploy/nginx.conf
        // honours X-Accel-Expires).
        "Cache-Control": "private, no-store",
        "X-Accel-Expires": "0",
      },
    });
  }

  const chart = CHART_PATH.exec(pathname);
  if (chart && request.nextUrl.search) {
    const [, locale, kind, id] = chart as unknown as [string, string, string, string];
    const query = new URLSearchParams(request.nextUrl.search);
    // The client router's cache-busting parameter travels on; it is not part of the view.
    const rsc = boundedRscParam(query.get("_rsc"));
    query.delete("_rsc");
    let key: string | undefined;
    try {
      key = await viewKeyFor(decodeURIComponent(id), query);
    } catch (error) {
      return viewError(error, pathname);
    }
    if (key) {
      // On request.url's origin, the address the server is bound to (next.config.mjs keeps it with
      // skipProxyUrlNormalize): a rewrite to any other origin is fetched as an external one.
      const target = new URL(`/${locale}/${kind}/${id}/view/${key}`, request.url);
      if (rsc !== null) target.searchParams.set("_rsc", rsc);
      return NextResponse.rewrite(target);
    }
  }
  return NextResponse.next();
}

const CHART_PATH = new RegExp(`^/(${LOCALE_ALTERNATION})/(charts|embed)/([^/]+)$`);
const VIEW_PATH = new RegExp(`^/(?:${LOCALE_ALTERNATION})/(?:charts|embed)/[^/]+/view(?:/|$)`);

/**
 * A view that cannot be made: an error status, which no cache keeps, never another view's page. The
 * default view (no query) stays served from Next.js's cache meanwhile.
 */
function viewError(error: unknown, pathname: string): Response {
  if (error instanceof Error && error.name === "DataUnavailableError")
    return errorResponse(503, error.message, pathname, { "Retry-After": "60" });
  console.error(error);
  return errorResponse(
    500,
    "This view could not be made; the error is in the server's log.",
    pathname,
  );
}

const INTERNAL = new Set(["/_not-found", "/_global-error", "/_error"]);

export const config = {
  // Not the build's files: they never need any of this, and are the most requested.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
