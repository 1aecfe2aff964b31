import { rm } from "node:fs/promises";

import { afterEach, describe, expect, it, vi } from "vitest";

import { copyDataDir, editJson, setPath } from "../../test/data-dir";
import { createSignatureCache, watchData } from "./signature-cache";
import { dataSignature } from "./store";

const dirs: string[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe(createSignatureCache, () => {
  it("reads a directory at most once per interval, and again when asked for a fresh reading", async () => {
    let clock = 0;
    const read = vi.fn(async (dir: string) => `${dir}@${clock}`);
    const cache = createSignatureCache(read, { maxAgeMs: 1000, now: () => clock });
    const first = await cache.get("/data-a");
    for (let i = 0; i < 100; i++) expect(await cache.get("/data-a")).toBe(first);
    expect(read).toHaveBeenCalledTimes(1);

    clock = 999;
    await cache.get("/data-a");
    expect(read).toHaveBeenCalledTimes(1);
    clock = 1000;
    expect(await cache.get("/data-a")).toBe("/data-a@1000");
    expect(read).toHaveBeenCalledTimes(2);

    expect(await cache.get("/data-a", { fresh: true })).toBe("/data-a@1000");
    expect(read).toHaveBeenCalledTimes(3);
    // Each directory has its own reading.
    await cache.get("/data-b");
    expect(read).toHaveBeenCalledTimes(4);
  });

  it("does not keep a failed reading", async () => {
    const read = vi
      .fn<(dir: string) => Promise<string>>()
      .mockRejectedValueOnce(new Error("EIO"))
      .mockResolvedValue("ok");
    const cache = createSignatureCache(read, { now: () => 0 });
    await expect(cache.get("/d")).rejects.toThrow("EIO");
    expect(await cache.get("/d")).toBe("ok");
  });
});

describe(watchData, () => {
  it("calls back once when a file in the directory changes, and not while nothing does", async () => {
    const dir = await copyDataDir();
    dirs.push(dir);
    const signatures = createSignatureCache(dataSignature);
    const changed = vi.fn();
    const stop = watchData(changed, { intervalMs: 50, signatures, dir });
    await new Promise((r) => setTimeout(r, 300));
    expect(changed).not.toHaveBeenCalled();

    await editJson(dir, "events.json", (json) => setPath(json, ["events", 0, "place"], "Moscow"));
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1), { timeout: 2000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(changed).toHaveBeenCalledTimes(1);
    stop();
  });
});
