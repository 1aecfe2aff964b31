import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, brotliDecompressSync } from "node:zlib";

import { afterEach, describe, expect, it } from "vitest";

import { createMicroCache, isCacheable, sendCached } from "./micro-cache.mjs";

const html = (text: string, status = 200, extra: Record<string, string> = {}) => ({
  status,
  headers: { "content-type": "text/html; charset=utf-8", "x-frame-options": "DENY", ...extra },
  body: Buffer.from(`<p>${text}</p>`),
});

function setup(options: { freshMs?: number; staleMs?: number; maxEntries?: number } = {}) {
  let t = 0;
  let renders = 0;
  let status = 200;
  let release: (() => void) | undefined;
  let gate: Promise<void> | undefined;
  const cache = createMicroCache({
    ...options,
    now: () => t,
    async fill(url) {
      renders++;
      const n = renders;
      if (gate) await gate;
      return html(`${url} render ${n}`, status);
    },
  });
  return {
    cache,
    renders: () => renders,
    advance: (ms: number) => (t += ms),
    setStatus: (s: number) => (status = s),
    hold() {
      gate = new Promise((r) => (release = r));
    },
    release() {
      gate = undefined;
      release?.();
    },
  };
}

describe(isCacheable, () => {
  const req = (url: string, headers: Record<string, string> = {}, method = "GET") => ({
    method,
    url,
    headers,
  });
  it.each([
    "/",
    "/changes",
    "/charts/kz-2022-results",
    "/charts/kz-2022-results?sort=asc",
    "/embed/x",
    "/api/og/kz-2022-results?type=table",
    "/api/figures.csv?bom=0",
    "/api/revision",
    "/_next/static/chunks/39_j1bdzreq0m.js",
    "/_next/static/chunks/019-z0yd19szj.css",
    "/_next/static/Xy12_build/_buildManifest.js",
  ])("keeps %s", (url) => expect(isCacheable(req(url))).toBe(true));
  it.each([
    ["a POST to revalidate", req("/api/revalidate", {}, "POST")],
    ["a zip download", req("/api/charts/x/download.zip")],
    ["the figures as JSON", req("/api/figures")],
    ["a deeper API path", req("/api/og/a/b")],
    ["a climb out of the build's files", req("/_next/static/../../etc/passwd")],
    ["an encoded climb", req("/_next/static/%2e%2e/%2e%2e/etc/passwd")],
    ["a hidden file", req("/_next/static/.env")],
    ["a build file with a query", req("/_next/static/chunks/a.js?x=1")],
    ["a client-side navigation", req("/", { rsc: "1" })],
    ["a router prefetch", req("/charts/a", { "next-router-prefetch": "1" })],
    ["an RSC query", req("/charts/a?_rsc=abc")],
    ["a POST", req("/", {}, "POST")],
    ["a path outside the pages", req("/charts/a/b")],
    ["a traversal attempt", req("/charts/..%2f..%2fetc")],
    ["a very long URL", req(`/charts/a?x=${"y".repeat(600)}`)],
  ])("passes %s through", (_, r) => expect(isCacheable(r)).toBe(false));
});

describe(createMicroCache, () => {
  it("renders once for a crowd arriving together", async () => {
    const s = setup();
    s.hold();
    const all = Promise.all(Array.from({ length: 20 }, () => s.cache.get("/")));
    s.release();
    const results = await all;
    expect(s.renders()).toBe(1);
    expect(new Set(results.map((r) => r.entry.body.toString()))).toEqual(
      new Set(["<p>/ render 1</p>"]),
    );
  });

  it("serves the stored page while fresh, then serves it stale while one refresh runs", async () => {
    const s = setup({ freshMs: 1000, staleMs: 10_000 });
    expect((await s.cache.get("/")).state).toBe("MISS");
    s.advance(1000);
    expect((await s.cache.get("/")).state).toBe("HIT");
    s.advance(1);
    const stale = await s.cache.get("/");
    expect(stale.state).toBe("STALE");
    expect(stale.entry.body.toString()).toContain("render 1");
    await new Promise((r) => setTimeout(r, 20));
    expect(s.renders()).toBe(2);
    const after = await s.cache.get("/");
    expect(after.state).toBe("HIT");
    expect(after.entry.body.toString()).toContain("render 2");
  });

  it("makes a visitor wait for a new render once the copy is too old to show", async () => {
    const s = setup({ freshMs: 1000, staleMs: 10_000 });
    await s.cache.get("/");
    s.advance(10_001);
    const r = await s.cache.get("/");
    expect(r.state).toBe("MISS");
    expect(r.entry.body.toString()).toContain("render 2");
  });

  it("passes errors on without storing them", async () => {
    const s = setup();
    s.setStatus(404);
    const first = await s.cache.get("/charts/nope");
    expect(first.state).toBe("PASS");
    expect(first.entry.status).toBe(404);
    expect(first.entry.etag).toBeNull();
    await s.cache.get("/charts/nope");
    expect(s.renders()).toBe(2);
    expect(s.cache.size).toBe(0);
  });

  it("keeps preview images as they are and compresses CSV, but stores no other kind of file", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
    const cache = createMicroCache({
      async fill(url) {
        if (url.startsWith("/api/og/"))
          return { status: 200, headers: { "content-type": "image/png" }, body: png };
        if (url.endsWith(".csv"))
          return {
            status: 200,
            headers: { "content-type": "text/csv; charset=utf-8" },
            body: Buffer.from("a,b\r\n"),
          };
        return {
          status: 200,
          headers: { "content-type": "application/zip" },
          body: Buffer.from("PK"),
        };
      },
    });
    const image = await cache.get("/api/og/x");
    expect(image.state).toBe("MISS");
    expect(image.entry.body).toEqual(png);
    expect(image.entry.gzip).toBeNull();
    const csv = await cache.get("/api/figures.csv");
    expect(csv.state).toBe("MISS");
    expect(gunzipSync(csv.entry.gzip!).toString()).toBe("a,b\r\n");
    expect((await cache.get("/api/charts/x/download.zip")).state).toBe("PASS");
  });

  it("stores HTML as ASCII and leaves CSV in UTF-8, as a spreadsheet expects", async () => {
    const cache = createMicroCache({
      async fill(url) {
        if (url.endsWith(".csv"))
          return {
            status: 200,
            headers: { "content-type": "text/csv; charset=utf-8" },
            body: Buffer.from("name\r\nAlmaty – city\r\n"),
          };
        return html("≈ $17 billion");
      },
    });
    const page = (await cache.get("/")).entry;
    expect(page.body.toString()).toBe("<p>&#x2248; $17 billion</p>");
    expect(gunzipSync(page.gzip!)).toEqual(page.body);
    const csv = (await cache.get("/api/figures.csv")).entry;
    expect(csv.body.toString()).toBe("name\r\nAlmaty – city\r\n");
  });

  it("stores the build's scripts and styles compressed, with the caching Next.js gave them", async () => {
    const script = "function hydrate(){return 1}".repeat(50);
    const cache = createMicroCache({
      fill: async () => ({
        status: 200,
        headers: {
          "content-type": "application/javascript; charset=UTF-8",
          "cache-control": "public, max-age=31536000, immutable",
        },
        body: Buffer.from(script),
      }),
    });
    const { entry, state } = await cache.get("/_next/static/chunks/a.js");
    expect(state).toBe("MISS");
    expect(brotliDecompressSync(entry.br!).toString()).toBe(script);
    expect(entry.br!.length).toBeLessThan(script.length / 10);
    expect(entry.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("never stores a response that sets a cookie", async () => {
    const cache = createMicroCache({
      fill: async () => html("hi", 200, { "set-cookie": "a=b" }),
    });
    expect((await cache.get("/")).state).toBe("PASS");
    expect(cache.size).toBe(0);
  });

  it("forgets everything on clear(), including a render that was running", async () => {
    const s = setup();
    await s.cache.get("/");
    s.hold();
    s.advance(5000);
    const running = s.cache.get("/changes");
    s.cache.clear();
    s.release();
    expect((await running).state).toBe("PASS");
    expect(s.cache.size).toBe(0);
    expect((await s.cache.get("/")).entry.body.toString()).toContain("render 3");
  });

  it("keeps at most maxEntries pages, dropping the least recently used", async () => {
    const s = setup({ maxEntries: 2 });
    await s.cache.get("/a");
    await s.cache.get("/b");
    await s.cache.get("/a");
    await s.cache.get("/c");
    expect(s.cache.size).toBe(2);
    await s.cache.get("/a");
    expect(s.renders()).toBe(3);
    await s.cache.get("/b");
    expect(s.renders()).toBe(4);
  });
});

describe(sendCached, () => {
  let server: http.Server | undefined;
  afterEach(() => server?.close());

  async function serve() {
    const cache = createMicroCache({ fill: async () => html("dashboard") });
    server = http.createServer((req, res) => {
      cache.get(req.url ?? "/").then((l) => sendCached(req, res, l));
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;
    return (headers: Record<string, string> = {}, method = "GET") =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
        (resolve, reject) => {
          const req = http.request(
            { port, host: "127.0.0.1", path: "/", method, headers },
            (res) => {
              const chunks: Buffer[] = [];
              res.on("data", (c) => chunks.push(c));
              res.on("end", () =>
                resolve({
                  status: res.statusCode!,
                  headers: res.headers,
                  body: Buffer.concat(chunks),
                }),
              );
            },
          );
          req.on("error", reject);
          req.end();
        },
      );
  }

  it("replays the page's own headers and picks the encoding the client accepts", async () => {
    const request = await serve();
    const plain = await request();
    expect(plain.body.toString()).toBe("<p>dashboard</p>");
    expect(plain.headers["x-frame-options"]).toBe("DENY");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/);
    const gz = await request({ "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe("<p>dashboard</p>");
    const br = await request({ "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe("<p>dashboard</p>");
    expect(Number(br.headers["content-length"])).toBe(br.body.length);
  });

  it("honours q-values: an encoding given q=0 is refused, and a higher q wins", async () => {
    const request = await serve();
    const cases: [string, string | undefined][] = [
      ["gzip;q=0", undefined],
      ["br;q=0, gzip", "gzip"],
      ["gzip;q=1, br;q=0.5", "gzip"],
      ["br;q=0.1, gzip;q=0.9", "gzip"],
      ["*;q=0.5", "br"],
      ["*;q=0, identity;q=1", undefined],
      ["GZIP", "gzip"],
      ["identity", undefined],
      ["gzip;q=0, br;q=0", undefined],
    ];
    for (const [accept, expected] of cases) {
      const res = await request({ "accept-encoding": accept });
      expect(res.headers["content-encoding"], accept).toBe(expected);
      const body =
        expected === "gzip"
          ? gunzipSync(res.body)
          : expected === "br"
            ? brotliDecompressSync(res.body)
            : res.body;
      expect(body.toString(), accept).toBe("<p>dashboard</p>");
    }
  });

  it("accepts If-None-Match as a list, weak or starred", async () => {
    const request = await serve();
    const { etag } = (await request()).headers;
    for (const header of [`"x", ${etag}`, `W/${etag}`, "*"])
      expect((await request({ "if-none-match": header })).status).toBe(304);
    expect((await request({ "if-none-match": '"other"' })).status).toBe(200);
  });

  it("answers a matching If-None-Match with 304 and HEAD without a body", async () => {
    const request = await serve();
    const first = await request();
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers["cache-control"]).toContain("s-maxage=1");
    const again = await request({ "if-none-match": first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const head = await request({}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers["content-length"]).toBe(String(first.body.length));
  });
});
