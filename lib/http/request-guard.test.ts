import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";

import { afterEach, describe, expect, it } from "vitest";

import {
  allowedMethods,
  isAllowed,
  malformedPath,
  needsMethodCheck,
  neverCacheErrors,
  sendError,
} from "./request-guard.mjs";

describe(malformedPath, () => {
  it("accepts any path that decodes, escapes and UTF-8 included", () => {
    for (const p of ["/", "/charts/kz-2022-results", "/charts/%D0%90", "/a%20b", "/%25"])
      expect(malformedPath(p), p).toBeNull();
  });

  it("names a path whose percent-encoding cannot be decoded", () => {
    for (const p of ["/charts/%zz", "/%ff%fe", "/%", "/charts/%E0%A4%A"]) {
      const message = malformedPath(p);
      expect(message, p).toContain(JSON.stringify(p));
      expect(message).toContain("malformed percent-encoding");
    }
    expect(malformedPath(`/${"%".repeat(500)}`)!.length).toBeLessThan(250);
  });
});

describe(allowedMethods, () => {
  it("asks Next.js for an API route's methods and gives pages GET and HEAD", async () => {
    const asked: string[] = [];
    const ask = async (p: string) => (
      asked.push(p),
      p === "/api/revalidate" ? "OPTIONS, POST" : null
    );
    expect(await allowedMethods("/api/revalidate", ask)).toBe("OPTIONS, POST");
    expect(await allowedMethods("/api/unknown", ask)).toBe("GET, HEAD");
    expect(await allowedMethods("/charts/x", ask)).toBe("GET, HEAD");
    expect(asked).toEqual(["/api/revalidate", "/api/unknown"]);
  });
});

describe(isAllowed, () => {
  it("allows only methods in the list that Next.js's handlers know", () => {
    expect(isAllowed("POST", "OPTIONS, POST")).toBe(true);
    expect(isAllowed("DELETE", "GET, HEAD, OPTIONS")).toBe(false);
    expect(isAllowed("TRACE", "GET, HEAD, TRACE")).toBe(false);
    expect(needsMethodCheck("GET")).toBe(false);
    expect(needsMethodCheck("TRACE")).toBe(true);
  });
});

describe(neverCacheErrors, () => {
  let server: http.Server | undefined;
  afterEach(() => server?.close());

  async function get(handler: http.RequestListener): Promise<http.IncomingMessage> {
    server = http.createServer((req, res) => {
      neverCacheErrors(res);
      handler(req, res);
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;
    return new Promise((resolve) =>
      http.get({ port, host: "127.0.0.1", path: "/x" }, (res) =>
        res.resume().on("end", () => resolve(res)),
      ),
    );
  }

  it("replaces a year-long cache lifetime on an error page, however the header was set", async () => {
    const implicit = await get((_req, res) => {
      res.statusCode = 404;
      res.setHeader("Cache-Control", "s-maxage=31536000");
      res.end("gone");
    });
    expect(implicit.headers["cache-control"]).toBe("no-store");
    const explicit = await get((_req, res) => {
      res.writeHead(500, { "cache-control": "s-maxage=31536000" }).end();
    });
    expect(explicit.headers["cache-control"]).toBe("no-store");
  });

  it("leaves the caching of successful answers alone", async () => {
    const ok = await get((_req, res) => {
      res.setHeader("Cache-Control", "public, max-age=60");
      res.end("ok");
    });
    expect(ok.headers["cache-control"]).toBe("public, max-age=60");
  });
});

describe(sendError, () => {
  it("writes a plain-text message with the security headers and no caching", async () => {
    const server = http.createServer((_req, res) =>
      sendError(res, 405, "TRACE is not allowed", "/api/charts", { Allow: "GET, HEAD, OPTIONS" }),
    );
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/`);
    server.close();
    expect(res.status).toBe(405);
    expect(await res.text()).toBe("TRACE is not allowed\n");
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});
