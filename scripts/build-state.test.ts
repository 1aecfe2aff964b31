import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { isCurrentBuild, lastBuildSeconds, recordBuild } from "./build-state.mjs";

describe("build state", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), "kz-build-state-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const nextBuilt = () => {
    mkdirSync(path.join(root, ".next"), { recursive: true });
    writeFileSync(path.join(root, ".next", "BUILD_ID"), "abc");
  };

  it("counts a build as current only once the whole build has recorded these sources", () => {
    expect(isCurrentBuild(root, "f1")).toBe(false);
    // next build has run but the steps after it have not: not a whole build yet.
    nextBuilt();
    expect(isCurrentBuild(root, "f1")).toBe(false);
    recordBuild(root, "f1", 61.4);
    expect(isCurrentBuild(root, "f1")).toBe(true);
    expect(isCurrentBuild(root, "f2")).toBe(false);
  });

  it("does not count a recorded build whose .next was since removed", () => {
    nextBuilt();
    recordBuild(root, "f1", 10);
    rmSync(path.join(root, ".next", "BUILD_ID"));
    expect(isCurrentBuild(root, "f1")).toBe(false);
  });

  it("remembers how long the last build took, in whole seconds, and nothing before any build", () => {
    expect(lastBuildSeconds(root)).toBeUndefined();
    nextBuilt();
    recordBuild(root, "f1", 61.4);
    expect(lastBuildSeconds(root)).toBe(61);
  });
});
