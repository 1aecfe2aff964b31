import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { addCompileHints, COMPILE_HINT, withCompileHint } from "./compile-hints.mjs";

const REACT_DOM = "(globalThis.TURBOPACK||[]).push([1,(e)=>{e.x=1}]);";

function fakeBuild(manifest: unknown, files: Record<string, string>) {
  const dist = mkdtempSync(path.join(tmpdir(), "compile-hints-"));
  mkdirSync(path.join(dist, "static", "chunks"), { recursive: true });
  writeFileSync(
    path.join(dist, "build-manifest.json"),
    typeof manifest === "string" ? manifest : JSON.stringify(manifest),
  );
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dist, name), text);
  return dist;
}

const read = (dist: string, file: string) => readFileSync(path.join(dist, file), "utf8");

describe("withCompileHint", () => {
  it("puts the hint on the first line, once", () => {
    const once = withCompileHint(REACT_DOM);
    expect(once.split("\n")[0]).toBe("//# allFunctionsCalledOnLoad");
    expect(once.slice(COMPILE_HINT.length)).toBe(REACT_DOM);
    expect(withCompileHint(once)).toBe(once);
  });
});

describe("addCompileHints", () => {
  const manifest = {
    rootMainFiles: ["static/chunks/react-dom.js", "static/chunks/runtime.js"],
    polyfillFiles: ["static/chunks/polyfills.js"],
  };
  const files: Record<string, string> = {
    "static/chunks/react-dom.js": REACT_DOM,
    "static/chunks/runtime.js": "var TURBOPACK=1;",
    "static/chunks/page.js": "page();",
    "static/chunks/recharts.js": "charts();",
    "static/chunks/polyfills.js": "poly();",
  };

  it("marks the start-up chunks and nothing else", () => {
    const dist = fakeBuild(manifest, files);
    expect(addCompileHints(dist)).toEqual(manifest.rootMainFiles);
    expect(read(dist, "static/chunks/react-dom.js")).toBe(COMPILE_HINT + REACT_DOM);
    expect(read(dist, "static/chunks/runtime.js")).toBe(COMPILE_HINT + "var TURBOPACK=1;");
    for (const other of ["page.js", "recharts.js", "polyfills.js"]) {
      expect(read(dist, `static/chunks/${other}`)).toBe(files[`static/chunks/${other}`]);
    }
  });

  it("changes nothing the second time and leaves no temporary files", () => {
    const dist = fakeBuild(manifest, files);
    addCompileHints(dist);
    expect(addCompileHints(dist)).toEqual([]);
    expect(read(dist, "static/chunks/react-dom.js")).toBe(COMPILE_HINT + REACT_DOM);
    expect(readdirSync(path.join(dist, "static", "chunks")).sort()).toEqual(
      Object.keys(files)
        .map((f) => path.basename(f))
        .sort(),
    );
  });

  it("names a missing manifest", () => {
    const dist = mkdtempSync(path.join(tmpdir(), "compile-hints-"));
    expect(() => addCompileHints(dist)).toThrow(/build-manifest\.json is missing/);
  });

  it("names a manifest that is not JSON or has no list of chunks", () => {
    expect(() => addCompileHints(fakeBuild("{not json", files))).toThrow(/is not valid JSON/);
    expect(() => addCompileHints(fakeBuild({ rootMainFiles: "x.js" }, files))).toThrow(
      /no list of strings at "rootMainFiles"/,
    );
  });

  it("refuses a listed file outside the static folder", () => {
    for (const bad of ["static/../../etc/passwd.js", "/etc/x.js", "static/chunks/.hidden.js"]) {
      const dist = fakeBuild({ rootMainFiles: [bad] }, files);
      expect(() => addCompileHints(dist)).toThrow(`unexpected file in "rootMainFiles": ${bad}`);
    }
  });

  it("changes no file when one listed chunk is missing", () => {
    const dist = fakeBuild(
      { rootMainFiles: ["static/chunks/react-dom.js", "static/chunks/gone.js"] },
      files,
    );
    expect(() => addCompileHints(dist)).toThrow(/not in .*: static\/chunks\/gone\.js/);
    expect(read(dist, "static/chunks/react-dom.js")).toBe(REACT_DOM);
  });
});
