import type { IncomingHttpHeaders } from "node:http";
import { request as httpRequest } from "node:http";

import { expect, test } from "@playwright/test";

const ROUTES = [
  "/",
  "/charts/kz-2022-results",
  "/embed/kz-2022-results",
  "/changes",
  "/api/charts",
  "/api/figures.csv",
  "/api/og/kz-2022-results",
  "/no-such-page",
];

test("every response carries the security headers, with a CSP of our own origin and no eval", async ({
  request,
}) => {
  for (const path of ROUTES) {
    const h = (await request.get(path)).headers();
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"], path).toContain("camera=()");
    const csp = h["content-security-policy"]!;
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).not.toContain("unsafe-eval");
    expect(csp.replace("frame-ancestors *", ""), path).not.toMatch(/https?:|\*/);
  }
});

test("an unknown API resource is a JSON 404 that names it; a wrong method is a 405; neither leaks internals", async ({
  request,
}) => {
  const missing = await request.get("/api/no/such/thing");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-type"]).toContain("application/json");
  expect(await missing.json()).toEqual({
    error: { status: 404, message: expect.stringContaining("/api/no/such/thing") },
  });
  const wrongMethod = await request.delete("/api/charts");
  expect(wrongMethod.status()).toBe(405);
  for (const body of [await missing.text(), await wrongMethod.text()]) {
    expect(body).not.toMatch(/\/work\/|node_modules|at .*\(.*:\d+:\d+\)/);
  }
});

const PATHS = [
  "/",
  "/changes",
  "/charts/kz-2022-turnout-intraday",
  "/embed/kz-2022-turnout-regions",
  "/api/charts",
  "/api/charts/kz-2022-results/data.csv",
  "/api/charts/kz-2022-results/data",
  "/api/charts/kz-2022-results/metadata.json",
  "/api/charts/kz-2023-mazhilis-votes/download.zip",
  "/api/charts/kz-2022-results/image.svg",
  "/api/og/kz-2022-turnout-intraday",
  "/api/figures.csv",
  "/api/elections/kz-2022-presidential/results.csv",
  "/api/revision",
];
const QUERIES = [
  'type=<script>alert(1)</script>&highlight="><svg/onload=alert(1)>',
  `asOf=${"9".repeat(300)}&sort=${"z".repeat(3000)}`,
  "show=%C3%28&highlight=%FF%FE&bom=%E0%A4%A",
  "type=table&type=lines&asOf=1&asOf=2&x=1&x=2&__proto__=1&constructor=2",
  "asOf=../../../../etc/passwd&view=current",
];
const TRAVERSAL = [
  "/charts/..%2F..%2Fetc%2Fpasswd",
  "/embed/%2e%2e%2f%2e%2e%2fpackage.json",
  "/api/charts/..%2F..%2Fdata/data.csv",
  "/api/og/%2E%2E%2Fnext.config.mjs",
  "/api/elections/..%2Fsources/results.csv",
  "/api/charts/%3Cscript%3E/metadata.json",
];

test("hostile queries on every route get an answer without a server error or reflected markup", async ({
  request,
}) => {
  test.setTimeout(180_000);
  for (const path of PATHS) {
    for (const query of QUERIES) {
      const res = await request.get(`${path}?${query}`);
      expect(res.status(), `${path}?${query.slice(0, 30)}`).toBeLessThan(500);
      const type = res.headers()["content-type"] ?? "";
      if (type.startsWith("text/html") || type.includes("json")) {
        const body = await res.text();
        expect(body).not.toContain("<script>alert(1)</script>");
        expect(body).not.toContain("<svg/onload=alert(1)>");
      }
    }
  }
  for (const path of TRAVERSAL) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect(await res.text()).not.toMatch(
      /"name": "kz-election-dashboard"|PHASE_PRODUCTION_BUILD|root:x:0/,
    );
  }
  const after = await request.get("/");
  expect(after.status()).toBe(200);
});

test("pages come from Next.js's cache: one entry per view, whatever the query string adds or reorders", async ({
  request,
}) => {
  const page = await request.get("/");
  expect(page.status()).toBe(200);
  const etag = page.headers().etag!;
  expect(page.headers()["cache-control"]).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);
  // A cache-busting parameter gets the same stored page.
  const busted = await request.get("/?cb=12345");
  expect(busted.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(busted.headers().etag).toBe(etag);

  const canonical = await request.get("/charts/kz-2022-results?type=table&sort=desc");
  for (const url of [
    "/charts/kz-2022-results?sort=desc&type=table",
    "/charts/kz-2022-results?utm_source=x&sort=desc&type=table&fbclid=y",
  ]) {
    const res = await request.get(url);
    expect(res.headers()["x-nextjs-cache"], url).toBe("HIT");
    expect(res.headers().etag, url).toBe(canonical.headers().etag);
  }
  // A repeated key is reported on the page, so that link is a view of its own.
  const repeated = await request.get("/charts/kz-2022-results?sort=desc&type=table&sort=asc");
  expect(repeated.headers().etag).not.toBe(canonical.headers().etag);
  expect(await repeated.text()).toContain("were not understood");
  // Values a chart doesn't have fall back to its default view with a note, in one entry per key.
  const a = await request.get("/charts/kz-2022-results?type=nonsense-1");
  const b = await request.get("/charts/kz-2022-results?type=nonsense-2");
  expect(b.headers().etag).toBe(a.headers().etag);
  expect(await b.text()).toContain("were not understood");

  // Garbage validators are ignored rather than trusted or failing; the real one gets a 304.
  for (const header of ['"', "W/", "*,*,*", "x".repeat(4000)]) {
    const res = await request.get("/", { headers: { "if-none-match": header } });
    expect([200, 304], header.slice(0, 20)).toContain(res.status());
  }
  const again = await request.get("/", { headers: { "if-none-match": etag } });
  expect(again.status()).toBe(304);
  // Client-side navigations get the page's payload; an over-long URL is still just the page.
  const rsc = await request.get("/", { headers: { rsc: "1" } });
  expect(rsc.status()).toBe(200);
  expect(rsc.headers()["content-type"]).toContain("text/x-component");
  const long = await request.get(`/charts/kz-2022-results?x=${"a".repeat(2000)}`);
  expect(long.status()).toBe(200);
  // A stored copy carries the same security headers as a fresh render, and no cookie.
  expect(page.headers()["content-security-policy"]).toContain("default-src 'self'");
  expect(page.headers()["x-frame-options"]).toBe("DENY");
  expect(page.headers()["set-cookie"]).toBeUndefined();
});

test("a view's internal address and Next.js's own error pages can't be requested directly", async ({
  request,
}) => {
  for (const path of [
    "/charts/kz-2022-results/view/dHlwZT10YWJsZQ",
    "/embed/kz-2022-results/view/x",
    "/_not-found",
    "/_global-error",
  ]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect(res.headers()["cache-control"], path).toBe("no-store");
  }
});

test("the build's scripts are immutable, with their own headers, and nothing outside the build is served", async ({
  request,
}) => {
  const html = await (await request.get("/")).text();
  const script = /<script src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script).toBeTruthy();
  const res = await request.get(script!, { headers: { "accept-encoding": "gzip" } });
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toContain("immutable");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["content-type"]).toContain("javascript");
  for (const path of [
    "/_next/static/../../package.json",
    "/_next/static/%2e%2e/%2e%2e/package.json",
  ]) {
    const climb = await request.get(path);
    expect(await climb.text(), path).not.toContain('"name": "kz-election-dashboard"');
  }
});

/** A request sent exactly as written: URL parsers would re-encode a malformed path before sending it. */
function raw(
  baseURL: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

test.describe("faults a client can send", () => {
  test("a path with malformed percent-encoding is a 400 that says so, with the security headers", async ({
    baseURL,
  }) => {
    for (const path of [
      "/charts/%zz",
      "/%ff%fe",
      "/%",
      "/api/charts/%zz/data.csv",
      "/embed/%E0%A4%A",
    ]) {
      const res = await raw(baseURL!, "GET", path);
      expect(res.status, path).toBe(400);
      expect(res.body.toString(), path).toContain("malformed percent-encoding");
      expect(res.headers["x-content-type-options"], path).toBe("nosniff");
      expect(res.headers["content-security-policy"], path).toContain("default-src 'self'");
      expect(res.headers["cache-control"], path).toBe("no-store");
    }
    // Only an embed may be framed, even when it answers with an error.
    const embed = await raw(baseURL!, "GET", "/embed/%zz");
    expect(embed.headers["content-security-policy"]).toContain("frame-ancestors *");
    expect(embed.headers["x-frame-options"]).toBeUndefined();
  });

  test("methods a route lacks are a 405 with Allow, on every API route and page", async ({
    baseURL,
  }) => {
    for (const path of PATHS.filter((p) => p.startsWith("/api/"))) {
      const res = await raw(baseURL!, "DELETE", path);
      expect(res.status, path).toBe(405);
      expect(res.headers.allow, path).toBe("GET, HEAD, OPTIONS");
      expect(res.headers["x-content-type-options"], path).toBe("nosniff");
    }
    const page = await raw(baseURL!, "POST", "/");
    expect([page.status, page.headers.allow]).toEqual([405, "GET, HEAD, OPTIONS"]);
    // OPTIONS is answered for a page as for an API route, with what it allows.
    const options = await raw(baseURL!, "OPTIONS", "/ru");
    expect([options.status, options.headers.allow]).toEqual([204, "GET, HEAD, OPTIONS"]);
    expect(options.headers["x-content-type-options"]).toBe("nosniff");
    const apiOptions = await raw(baseURL!, "OPTIONS", "/api/revalidate");
    expect(apiOptions.headers.allow).toBe("OPTIONS, POST");
    // A GET where only POST is taken names what is.
    const get = await raw(baseURL!, "GET", "/api/revalidate");
    expect([get.status, get.headers.allow]).toEqual([405, "OPTIONS, POST"]);
    // Next.js itself cannot take TRACE (its fetch Request refuses the method), so that answer is
    // nginx's (deploy/nginx.conf; e2e/scale-out.spec.ts). Straight to Next.js it leaks nothing.
    const trace = await raw(baseURL!, "TRACE", "/api/charts");
    expect(trace.status).toBeGreaterThanOrEqual(400);
    expect(trace.body.toString()).not.toMatch(/TypeError|at .*\.js:\d+/);
    expect((await raw(baseURL!, "GET", "/api/charts")).status).toBe(200);
    const del = await raw(baseURL!, "DELETE", "/api/charts");
    expect([del.status, del.headers.allow]).toEqual([405, "GET, HEAD, OPTIONS"]);
    const post = await raw(baseURL!, "PUT", "/api/revalidate");
    expect([post.status, post.headers.allow]).toEqual([405, "OPTIONS, POST"]);
  });

  test("an encoding the client refuses (q=0) is never sent", async ({ baseURL, request }) => {
    const html = await request.get("/");
    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(await html.text())![1]!;
    for (const path of ["/en", "/api/figures.csv", script, "/api/charts"]) {
      const refused = await raw(baseURL!, "GET", path, { "accept-encoding": "gzip;q=0" });
      expect(refused.status, path).toBe(200);
      expect(refused.headers["content-encoding"], path).toBeUndefined();
      const preferred = await raw(baseURL!, "GET", path, {
        "accept-encoding": "br;q=0.2, gzip;q=0.8",
      });
      expect([undefined, "gzip"], path).toContain(preferred.headers["content-encoding"]);
    }
  });

  test("error pages are never cached for long", async ({ baseURL }) => {
    for (const path of [
      "/_not-found",
      "/_global-error",
      "/no-such-page",
      "/en/charts/no-such-chart",
      "/xx/charts/kz-2022-results",
    ]) {
      const res = await raw(baseURL!, "GET", path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.headers["cache-control"], path).not.toMatch(/max-age=[1-9]/);
      expect(res.headers["cache-control"], path).toMatch(/no-store/);
    }
  });
});
