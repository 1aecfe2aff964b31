import { describe, expect, it } from "vitest";

import { withTimeout } from "./read-file";

describe(withTimeout, () => {
  it("gives up on an operation that never ends, after the time it was given", async () => {
    const started = Date.now();
    await expect(withTimeout(new Promise<never>(() => {}), 100, "reading x.json")).rejects.toThrow(
      "reading x.json took more than 100 ms",
    );
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(90);
    expect(took).toBeLessThan(2000);
  });

  it("passes on the result, or the failure, of one that ends in time", async () => {
    expect(await withTimeout(Promise.resolve("text"), 1000, "reading x.json")).toBe("text");
    await expect(
      withTimeout(Promise.reject(new Error("EACCES")), 1000, "reading x.json"),
    ).rejects.toThrow("EACCES");
  });
});
