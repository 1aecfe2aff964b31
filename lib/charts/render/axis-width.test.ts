import { describe, expect, it } from "vitest";

import { labelRoom } from "./axis-width";

describe("labelRoom", () => {
  it("leaves room for the longest label, or just a margin when there is none", () => {
    expect(labelRoom(["81.31%", "≈ $17 billion"])).toBe(13 * 7 + 12);
    expect(labelRoom([])).toBe(12);
  });
});
