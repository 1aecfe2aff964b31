import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

/**
 * bench/ is a package of its own: Lighthouse, autocannon and chrome-launcher install with
 * `npm run bench`, not with `npm ci` at the root, so npm test (vitest, Playwright, the scale-out
 * test) must reach none of them.
 */
const ROOT = path.resolve(import.meta.dirname, "..");
const BENCH = path.join(ROOT, "bench");
const pkg = (dir: string) =>
  JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
const benchDeps = Object.keys(pkg(BENCH).dependencies ?? {});

/** The specifiers a module imports, statically or dynamically. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** Every module `file` reaches through relative imports, itself included. */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const spec of importsOf(file))
    if (spec.startsWith(".")) reachable(path.resolve(path.dirname(file), spec), seen);
  return seen;
}

/** Source files of the project outside bench/, as npm test reads them. */
function projectSources(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const abs = path.join(dir, e.name);
    if (e.isDirectory())
      return /^(node_modules|\.next|\.git|bench|test-results|playwright-report)$/.test(e.name)
        ? []
        : projectSources(abs);
    return /\.(m?[jt]sx?)$/.test(e.name) ? [abs] : [];
  });
}

const isBenchDep = (spec: string) => benchDeps.some((d) => spec === d || spec.startsWith(`${d}/`));

describe("bench's own package", () => {
  it("holds Lighthouse, autocannon and chrome-launcher, which the root package does not", () => {
    expect(benchDeps).toEqual(
      expect.arrayContaining(["lighthouse", "autocannon", "chrome-launcher"]),
    );
    const root = pkg(ROOT);
    const rootDeps = Object.keys({ ...root.dependencies, ...root.devDependencies });
    expect(rootDeps.filter((d) => benchDeps.includes(d))).toEqual([]);
  });

  it("is imported by nothing outside bench/", () => {
    const offenders = projectSources().flatMap((file) =>
      importsOf(file)
        .filter(
          (spec) =>
            isBenchDep(spec) ||
            (spec.startsWith(".") &&
              path.resolve(path.dirname(file), spec).startsWith(BENCH + path.sep)),
        )
        .map((spec) => `${path.relative(ROOT, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it("pins every dependency that asks for a moving tag, so npm ci keeps matching the lock file", () => {
    // Lighthouse's trace engine asks for third-party-web@latest: each new release of it put the
    // lock out of step and `npm run bench` stopped at npm ci. An override pins what the lock holds.
    const lock = JSON.parse(readFileSync(path.join(BENCH, "package-lock.json"), "utf8")) as {
      packages: Record<string, { dependencies?: Record<string, string> }>;
    };
    const { overrides = {} } = JSON.parse(
      readFileSync(path.join(BENCH, "package.json"), "utf8"),
    ) as { overrides?: Record<string, Record<string, string> | string> };
    const moving = Object.entries(lock.packages).flatMap(([where, p]) =>
      Object.entries(p.dependencies ?? {})
        // A dist-tag ("latest", "next"), not a range: ranges stay satisfied by the locked version.
        .filter(([, spec]) => /^[a-z][a-z0-9-]*$/i.test(spec))
        .map(([dep]) => ({ owner: where.replace(/^.*node_modules\//, ""), dep })),
    );
    const unpinned = moving.filter(({ owner, dep }) => {
      const scoped = overrides[owner];
      return !(typeof scoped === "object" && scoped[dep]) && typeof overrides[dep] !== "string";
    });
    expect(unpinned).toEqual([]);
  });

  it("keeps its unit tests to modules that need none of its dependencies", () => {
    const tests = readdirSync(BENCH).filter((f) => f.endsWith(".test.ts"));
    expect(tests.length).toBeGreaterThan(0);
    for (const t of tests)
      for (const file of reachable(path.join(BENCH, t)))
        expect(importsOf(file).filter(isBenchDep), path.relative(ROOT, file)).toEqual([]);
  });
});
