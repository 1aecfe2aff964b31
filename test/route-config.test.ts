import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

const APP_DIR = path.resolve(import.meta.dirname, "..", "app");
const LOCALE_DIR = path.join(APP_DIR, "[locale]");
const REVALIDATE = /^export const revalidate\b/m;

function filesBelow(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? filesBelow(path.join(dir, e.name), name)
      : e.name === name
        ? [path.join(dir, e.name)]
        : [],
  );
}

describe("how often pages are rendered again", () => {
  it("is said once, in the [locale] layout, and by no page", () => {
    const layout = readFileSync(path.join(LOCALE_DIR, "layout.tsx"), "utf8");
    expect(layout).toMatch(/^export const revalidate = \d+;$/m);
    const pages = filesBelow(LOCALE_DIR, "page.tsx");
    expect(pages.length).toBeGreaterThan(5);
    const saying = pages.filter((p) => REVALIDATE.test(readFileSync(p, "utf8")));
    expect(saying.map((p) => path.relative(LOCALE_DIR, p))).toEqual([]);
  });
});

describe("how route handlers are rendered", () => {
  // Since Next.js 15 a GET handler runs on every request unless it opts into caching, so
  // `dynamic = "force-dynamic"` says the default again. A handler that needs other behaviour says
  // so with a different value, which this test lets through.
  it("never repeats the default with force-dynamic", () => {
    const routes = filesBelow(APP_DIR, "route.ts");
    expect(routes.length).toBeGreaterThan(10);
    const repeating = routes.filter((r) =>
      /^export const dynamic = "force-dynamic"/m.test(readFileSync(r, "utf8")),
    );
    expect(repeating.map((r) => path.relative(APP_DIR, r))).toEqual([]);
  });
});
