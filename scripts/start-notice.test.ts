import { describe, expect, it, vi } from "vitest";

import config from "../next.config.mjs";
import { buildNotice, experimentNotes } from "./start-notice.mjs";

describe(experimentNotes, () => {
  it("explains every experiment next.config.mjs sets, which Next.js lists at each build (⨯ when off)", async () => {
    // The server phase: the build phase would validate data/ first, which this test does not need.
    const { experimental = {} } = await config("phase-production-server");
    const keys = Object.keys(experimental);
    expect(keys.length).toBeGreaterThan(0);
    const notes = experimentNotes(experimental as Record<string, unknown>);
    for (const key of keys) {
      const note = notes.find((n) => n.includes(key));
      expect(note, key).toBeDefined();
      // Switched off on purpose, and says so, so the red ⨯ in the build log is not read as a failure.
      if (experimental[key as keyof typeof experimental] === false)
        expect(note).toMatch(/⨯.*off on purpose.*not an error/);
    }
  });

  it("is printed by the build itself, before Next.js lists the experiments", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    // An earlier build phase in this process (another test file) has said it already.
    vi.stubEnv("KZ_EXPERIMENTS_EXPLAINED", "");
    try {
      await config("phase-production-build");
      expect(log.mock.calls.flat().join("\n")).toMatch(/⨯ isrFlushToDisk.*not an error/);
    } finally {
      log.mockRestore();
      vi.unstubAllEnvs();
    }
  });

  it("refuses an experiment nobody has explained", () => {
    expect(() => experimentNotes({ someNewFlag: true })).toThrow(/someNewFlag/);
  });
});

describe(buildNotice, () => {
  it("says that it builds first and how long the last build here took", () => {
    const text = buildNotice(113);
    expect(text).toMatch(/^Building/);
    expect(text).toContain("about 2 minutes");
    expect(text).toContain("the server starts when it is done");
  });

  it("gives the usual time on this kind of machine when no build was timed here", () => {
    expect(buildNotice(undefined)).toMatch(/1 to 3 minutes/);
  });
});
