import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { allowFor, API_ROUTE_METHODS, PAGE_METHODS } from "./api-methods";

const API = path.resolve(import.meta.dirname, "..", "..", "app", "api");
const METHODS = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"];

/** Every route file under app/api with the methods it exports, read from its source. */
function routes(): { route: string; exported: string[] }[] {
  return readdirSync(API, { recursive: true, encoding: "utf8" })
    .filter((f) => path.basename(f) === "route.ts")
    .map((f) => {
      const source = readFileSync(path.join(API, f), "utf8");
      const exported = METHODS.filter((m) =>
        new RegExp(`export (?:async )?function ${m}\\b|export const ${m}\\b|as ${m}\\b`).test(
          source,
        ),
      );
      return { route: `/api/${path.dirname(f)}`.replace(/\/\.$/, ""), exported };
    });
}

describe(allowFor, () => {
  it("lists every route under app/api with the methods its file exports", () => {
    const found = routes().filter((r) => !r.route.includes("[...path]"));
    expect(found.length).toBeGreaterThan(10);
    expect(Object.keys(API_ROUTE_METHODS).sort()).toEqual(found.map((r) => r.route).sort());
    for (const { route, exported } of found) {
      // Next.js adds HEAD to a GET handler and OPTIONS to every route.
      const expected = new Set([
        ...exported,
        "OPTIONS",
        ...(exported.includes("GET") ? ["HEAD"] : []),
      ]);
      const sample = route.replaceAll("[id]", "kz-2022-results");
      expect(allowFor(sample)?.split(", ").sort(), route).toEqual([...expected].sort());
    }
  });

  it("gives pages GET, HEAD and OPTIONS, and leaves an unknown API path to its catch-all", () => {
    expect(allowFor("/ru/charts/x")).toBe(PAGE_METHODS);
    expect(allowFor("/")).toBe(PAGE_METHODS);
    expect(allowFor("/api/no/such/thing")).toBeNull();
    expect(allowFor("/api/charts/x/data.csv/extra")).toBeNull();
    expect(allowFor("/api/figuresXcsv")).toBeNull();
  });
});
