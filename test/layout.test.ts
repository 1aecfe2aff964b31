import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx|mjs)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** The repository paths a file imports (relative and "@/" specifiers), without extensions. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*["']((?:\.{1,2}\/|@\/)[^"']+)["']/g)].map(
    ([, spec]) =>
      spec!.startsWith("@/")
        ? spec!.slice(2)
        : path.normalize(path.join(path.dirname(file), spec!)),
  );
}

/**
 * The capability a file belongs to: lib/data/checks/shares.ts → lib/data, lib/charts/view/url-codec.ts
 * → lib/charts/view, lib/format.ts → lib (the shared leaves at the root).
 */
function folderOf(file: string): string {
  const parts = path.dirname(file).split(path.sep);
  return parts.slice(0, parts[1] === "charts" ? 3 : 2).join("/");
}

describe("lib layout", () => {
  const files = sourceFiles("lib");

  it("never imports from components or app", () => {
    const wrong = files.flatMap((f) =>
      importsOf(f)
        .filter((i) => i.startsWith("components/") || i.startsWith("app/"))
        .map((i) => `${f} → ${i}`),
    );
    expect(wrong).toEqual([]);
  });

  it("has no two folders that import each other, directly or through others", () => {
    const edges = new Map<string, Set<string>>();
    for (const f of files) {
      for (const i of importsOf(f)) {
        const from = folderOf(f);
        const to = folderOf(`${i}.ts`);
        if (from === to || !to.startsWith("lib")) continue;
        if (!edges.has(from)) edges.set(from, new Set());
        edges.get(from)!.add(to);
      }
    }
    const reaches = (from: string, target: string, seen = new Set<string>()): boolean =>
      [...(edges.get(from) ?? [])].some(
        (next) =>
          next === target || (!seen.has(next) && (seen.add(next), reaches(next, target, seen))),
      );
    const cycles = [...edges.keys()].filter((folder) => reaches(folder, folder));
    expect(cycles).toEqual([]);
  });

  it("keeps the root of lib to a few shared modules", () => {
    const root = readdirSync(path.join(ROOT, "lib"), { withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.includes(".test."))
      .map((e) => e.name);
    expect(root.length).toBeLessThanOrEqual(3);
  });
});

describe("README's project layout", () => {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const block = readme.split("## Project layout")[1]?.split("```")[1] ?? "";
  const listed = [...block.matchAll(/^([\w./-]+\/|[\w./-]+\.\w+)\s/gm)].map((m) => m[1]!);

  it("names only paths that exist", () => {
    const missing = listed.filter((p) => {
      try {
        readdirSync(path.join(ROOT, p));
        return false;
      } catch {
        try {
          readFileSync(path.join(ROOT, p));
          return false;
        } catch {
          return true;
        }
      }
    });
    expect(listed.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it("names every folder of lib/ and components/, and every module at lib's root", () => {
    const folders = (dir: string): string[] =>
      readdirSync(path.join(ROOT, dir), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .flatMap((e) => [`${dir}/${e.name}/`, ...folders(`${dir}/${e.name}`)]);
    const rootModules = readdirSync(path.join(ROOT, "lib"))
      .filter((f) => /\.(ts|mjs)$/.test(f) && !f.includes(".test."))
      .map((f) => `lib/${f}`);
    // A folder counts as named when it, a folder in it or its parent is listed (lib/data/checks/ is
    // described under lib/data/, lib/charts/ by its three parts).
    const named = (p: string) =>
      listed.some((l) => l.startsWith(p)) || listed.includes(`${path.dirname(p.slice(0, -1))}/`);
    const unnamed = [...folders("lib"), ...folders("components"), ...rootModules].filter(
      (p) => !named(p),
    );
    expect(unnamed).toEqual([]);
  });
});
