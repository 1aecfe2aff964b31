import { describe, expect, it } from "vitest";

import { isAllowed, malformedPath, refusedMethod, errorResponse } from "./request-guard";

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

describe(refusedMethod, () => {
  it("refuses a method the path lacks with the path's Allow, and lets the rest on", () => {
    expect(refusedMethod("GET", "OPTIONS, POST")).toBe("OPTIONS, POST");
    expect(refusedMethod("POST", "OPTIONS, POST")).toBeNull();
    expect(refusedMethod("POST", "GET, HEAD, OPTIONS")).toBe("GET, HEAD, OPTIONS");
    expect(refusedMethod("HEAD", "GET, HEAD, OPTIONS")).toBeNull();
    expect(refusedMethod("TRACE", "GET, HEAD, OPTIONS")).toBe("GET, HEAD, OPTIONS");
  });

  it("lets an unknown API path's catch-all answer any method Next.js knows, and no other", () => {
    expect(refusedMethod("DELETE", null)).toBeNull();
    expect(refusedMethod("TRACE", null)).toContain("DELETE");
    expect(refusedMethod("CONNECT", null)).not.toBeNull();
  });
});

describe(isAllowed, () => {
  it("allows only methods in the list that Next.js's handlers know", () => {
    expect(isAllowed("POST", "OPTIONS, POST")).toBe(true);
    expect(isAllowed("DELETE", "GET, HEAD, OPTIONS")).toBe(false);
    expect(isAllowed("TRACE", "GET, HEAD, TRACE")).toBe(false);
  });
});

describe(errorResponse, () => {
  it("is a plain-text message with the security headers and no caching", async () => {
    const res = errorResponse(405, "TRACE is not allowed", "/api/charts", {
      Allow: "GET, HEAD, OPTIONS",
    });
    expect(res.status).toBe(405);
    expect(await res.text()).toBe("TRACE is not allowed\n");
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    const embed = errorResponse(400, "bad", "/embed/x");
    expect(embed.headers.get("content-security-policy")).toContain("frame-ancestors *");
  });
});
