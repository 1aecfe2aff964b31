/**
 * The production server: Next.js's request handler behind a page cache (lib/http/micro-cache.mjs) that is
 * emptied whenever the data directory changes, so a crowd of visitors costs one render per data
 * revision instead of one per visitor. Expects a build.
 */
import { randomBytes } from "node:crypto";
import http from "node:http";
import path from "node:path";

import next from "next";
import { tsImport } from "tsx/esm/api";

import {
  createMicroCache,
  isCacheable,
  publishPageCache,
  sendCached,
} from "../lib/http/micro-cache.mjs";
import {
  allowedMethods,
  isAllowed,
  malformedPath,
  needsMethodCheck,
  neverCacheErrors,
  sendError,
} from "../lib/http/request-guard.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT || 3000);

const app = next({ dev: false, dir: ROOT, port });
const handle = app.getRequestHandler();
await app.prepare();

// The cache fills itself through this same server; the header marks those requests so they reach
// Next.js. It is random per process, so a visitor can't use it (and could gain nothing but a render).
const BYPASS = "x-micro-cache-fill";
const secret = randomBytes(16).toString("hex");
const cache = createMicroCache({
  // About 60 build files, the pages, and chart views with their query strings.
  maxEntries: 256,
  async fill(url) {
    const r = await fetch(`http://127.0.0.1:${port}${url}`, {
      headers: { [BYPASS]: secret, "accept-encoding": "identity" },
      redirect: "manual",
      // A render that hangs must not hold every waiting visitor: they fall back to Next.js directly.
      signal: AbortSignal.timeout(30_000),
    });
    return {
      status: r.status,
      headers: Object.fromEntries(r.headers),
      body: Buffer.from(await r.arrayBuffer()),
    };
  },
});
publishPageCache(cache);

// The same signature the app's loader uses to notice new files (sizes and times, no reading), checked
// every second: a revision written by hand or by `npm run ingest` empties the cache within a second
// (ingest's revalidation call empties it at once).
const { dataSignature } = await tsImport("../lib/data/store.ts", import.meta.url);
let signature = await dataSignature();
setInterval(async () => {
  const now = await dataSignature().catch(() => signature);
  if (now !== signature) {
    signature = now;
    cache.clear();
  }
}, 1000).unref();

/** The Allow header Next.js gives an OPTIONS request to this path (it knows each route's handlers). */
async function askOptions(pathname) {
  const r = await fetch(`http://127.0.0.1:${port}${pathname}`, {
    method: "OPTIONS",
    headers: { [BYPASS]: secret },
    signal: AbortSignal.timeout(5_000),
  }).catch(() => null);
  return r?.headers.get("allow") ?? null;
}

const server = http.createServer(async (req, res) => {
  const pathname = (req.url ?? "/").split("?")[0] ?? "/";
  const malformed = malformedPath(pathname);
  if (malformed) return sendError(res, 400, malformed, pathname);
  neverCacheErrors(res);
  if (req.headers[BYPASS] === secret) return handle(req, res);
  if (needsMethodCheck(req.method)) {
    const allow = await allowedMethods(pathname, askOptions);
    if (!isAllowed(req.method, allow))
      return sendError(
        res,
        405,
        `${String(req.method).slice(0, 20)} is not allowed at ${pathname.slice(0, 80)}; it takes ${allow}.`,
        pathname,
        { Allow: allow },
      );
  }
  if (!isCacheable(req)) {
    handle(req, res);
    return;
  }
  cache.get(req.url ?? "/").then(
    (lookup) => sendCached(req, res, lookup),
    (error) => {
      console.error("page cache: render failed, passing the request on", error);
      handle(req, res);
    },
  );
});
server.listen(port, () => console.log(`> Ready on http://localhost:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    app.close().finally(() => process.exit(0));
  });
}
