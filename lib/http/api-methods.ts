/**
 * The methods of each API route, so proxy.ts can answer a method a route lacks with a 405 and its
 * Allow header without asking Next.js (which would cost the instance a request to itself per POST).
 * `api-methods.test.ts` reads the handlers each `app/api/**\/route.ts` exports and fails when this
 * table no longer says the same.
 */

const READ = "GET, HEAD, OPTIONS";

/** Route paths as in app/api, with "[id]" for a segment. */
export const API_ROUTE_METHODS: Readonly<Record<string, string>> = {
  "/api/changes.atom": READ,
  "/api/charts": READ,
  "/api/charts/[id]/data": READ,
  "/api/charts/[id]/data.csv": READ,
  "/api/charts/[id]/datapackage.json": READ,
  "/api/charts/[id]/download.zip": READ,
  "/api/charts/[id]/image.png": READ,
  "/api/charts/[id]/image.svg": READ,
  "/api/charts/[id]/metadata.json": READ,
  "/api/checks/[id]/data.csv": READ,
  "/api/checks/[id]/datapackage.json": READ,
  "/api/data.sqlite": READ,
  "/api/elections/[id]/datapackage.json": READ,
  "/api/elections/[id]/download.zip": READ,
  "/api/elections/[id]/results.csv": READ,
  "/api/figures": READ,
  "/api/figures.csv": READ,
  "/api/figures/datapackage.json": READ,
  "/api/figures/download.zip": READ,
  "/api/og/[id]": READ,
  "/api/observers.csv": READ,
  "/api/observers/datapackage.json": READ,
  "/api/openapi.json": READ,
  "/api/regions/datapackage.json": READ,
  "/api/regions/download.zip": READ,
  "/api/regions/turnout.csv": READ,
  "/api/revalidate": "OPTIONS, POST",
  "/api/revision": READ,
};

const MATCHERS = Object.entries(API_ROUTE_METHODS).map(([route, allow]) => {
  const pattern = route
    .split("/")
    .map((s) => (s === "[id]" ? "[^/]+" : s.replace(/[.]/g, "\\.")))
    .join("/");
  return { re: new RegExp(`^${pattern}/?$`), allow };
});

/** Pages answer GET and HEAD, and OPTIONS (proxy.ts answers it). */
export const PAGE_METHODS = "GET, HEAD, OPTIONS";

/**
 * The Allow header for a path: its API route's methods, the pages' for a page, and null for an API
 * path no route serves (its catch-all takes every method and answers 404).
 */
export function allowFor(pathname: string): string | null {
  if (!pathname.startsWith("/api/")) return PAGE_METHODS;
  return MATCHERS.find((m) => m.re.test(pathname))?.allow ?? null;
}
