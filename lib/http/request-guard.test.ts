import { describe, expect, it } from "vitest";

import {
  allowedMethods,
  isAllowed,
  malformedPath,
  needsMethodCheck,
  errorResponse,
} from "./request-guard";

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
