import { describe, expect, it } from "vitest";

import { statusLabel, statusRank } from "./revision-status";

describe(statusRank, () => {
  it("orders preliminary before final before certified", () => {
    expect(statusRank("preliminary")).toBeLessThan(statusRank("final"));
    expect(statusRank("final")).toBeLessThan(statusRank("certified"));
  });
});

describe(statusLabel, () => {
  it("writes a status in the reader's language", () => {
    expect(statusLabel("final", "en")).toBe("Final");
    expect(statusLabel("final", "ru")).toBe("Окончательные");
  });
});
