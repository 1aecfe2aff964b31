import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

const LOCALE_DIR = path.resolve(import.meta.dirname, "..", "app", "[locale]");
const REVALIDATE = /^export const revalidate\b/m;

function pagesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? pagesBelow(path.join(dir, e.name))
      : e.name === "page.tsx"
        ? [path.join(dir, e.name)]
        : [],
  );
}

describe("how often pages are rendered again", () => {
  it("is said once, in the [locale] layout, and by no page", () => {
    const layout = readFileSync(path.join(LOCALE_DIR, "layout.tsx"), "utf8");
    expect(layout).toMatch(/^export const revalidate = \d+;$/m);
    const pages = pagesBelow(LOCALE_DIR);
    expect(pages.length).toBeGreaterThan(5);
    const saying = pages.filter((p) => REVALIDATE.test(readFileSync(p, "utf8")));
    expect(saying.map((p) => path.relative(LOCALE_DIR, p))).toEqual([]);
  });
});
