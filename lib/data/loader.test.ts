import { rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { afterEach, describe, expect, it, vi } from "vitest";

import { copyDataDir, editJson, restoreDataDirEnv, setPath } from "../../test/data-dir";
import { DataUnavailableError, fetchDashboardData } from "./loader";

const previous = process.env.DATA_DIR;
const dirs: string[] = [];
afterEach(async () => {
  restoreDataDirEnv(previous);
  vi.restoreAllMocks();
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function useScratchData(): Promise<string> {
  const dir = await copyDataDir();
  dirs.push(dir);
  process.env.DATA_DIR = dir;
  return dir;
}

describe(fetchDashboardData, () => {
  it("serves validated data with the derived figures", async () => {
    await useScratchData();
    const data = await fetchDashboardData({ locale: "en" });
    expect(data.figures.find((f) => f.id === "tokayev-vote-share-2022")?.value).toBe(81.31);
    expect(data.derived.find((f) => f.id === "valid-votes-2022")?.value).toBe(7940478);
  });

  it("refuses to serve data that failed validation, logging the cause, and recovers once it is fixed", async () => {
    const dir = await useScratchData();
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const file = "datasets/kz-2022-presidential/revisions/2022-11-22T1200-final.json";
    const original = await import("node:fs/promises").then((fs) =>
      fs.readFile(path.join(dir, file), "utf8"),
    );
    await editJson(dir, file, (json) => setPath(json, ["results", 3, "votes"], 300907));
    await expect(fetchDashboardData({ locale: "en" })).rejects.toBeInstanceOf(DataUnavailableError);
    expect(log.mock.calls.flat().join("\n")).toContain("results[3].votes: 300907 gives 3.79%");

    await writeFile(path.join(dir, file), original);
    const data = await fetchDashboardData({ fresh: true, locale: "en" });
    expect(
      data.elections.find((e) => e.meta.id === "kz-2022-presidential")?.revisions.at(-1)?.results[3]
        ?.votes,
    ).toBe(200907);
  });

  it("refuses a bad observers.json, naming file and field", async () => {
    const dir = await useScratchData();
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    await editJson(dir, "observers.json", (json) =>
      setPath(json, ["findings", 1, "mission"], "un"),
    );
    await expect(fetchDashboardData({ fresh: true, locale: "en" })).rejects.toBeInstanceOf(
      DataUnavailableError,
    );
    expect(log.mock.calls.flat().join("\n")).toContain("observers.json › findings[1].mission");
  });

  it("picks up a changed file without a restart", async () => {
    const dir = await useScratchData();
    expect((await fetchDashboardData({ locale: "en" })).events[0]?.place).toBe(
      "St. Petersburg, Russia",
    );
    await editJson(dir, "events.json", (json) =>
      setPath(json, ["events", 0, "place"], "Saint Petersburg"),
    );
    // Within the second the signature is held, the copy in memory is served without a directory walk.
    expect((await fetchDashboardData({ locale: "en" })).events[0]?.place).toBe(
      "St. Petersburg, Russia",
    );
    expect((await fetchDashboardData({ fresh: true, locale: "en" })).events[0]?.place).toBe(
      "Saint Petersburg",
    );
  });
});
