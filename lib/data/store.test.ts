import { spawnSync } from "node:child_process";
import { closeSync, constants, openSync } from "node:fs";
import { mkdir, rm, truncate, writeFile } from "node:fs/promises";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import {
  applyMisprint,
  copyDataDir,
  editJson,
  loadMisprints,
  REAL_DATA_DIR,
  restoreDataDirEnv,
  setPath,
} from "../../test/data-dir";
import { dataSignature, readDataDir } from "./store";
import { formatIssue, type ValidationIssue } from "./validation-issue";

const P22 = "datasets/kz-2022-presidential/revisions/2022-11-22T1200-final.json";
const T16 = "datasets/kz-2022-turnout-intraday/revisions/2022-11-20T1605-preliminary.json";
const T22 = "datasets/kz-2022-turnout-intraday/revisions/2022-11-20T2200-preliminary.json";

const dirs: string[] = [];
async function scratch(): Promise<string> {
  const dir = await copyDataDir();
  dirs.push(dir);
  return dir;
}
const fifos: string[] = [];
afterEach(async () => {
  // A reader blocked on a FIFO holds a thread of the pool until a writer comes: be that writer.
  for (const fifo of fifos.splice(0)) {
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // ENXIO: nobody is reading it.
    }
  }
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function issuesFor(dir: string): Promise<ValidationIssue[]> {
  const result = await readDataDir(dir);
  if (result.ok) throw new Error("expected the data to be rejected");
  return result.issues;
}

describe(readDataDir, () => {
  it("accepts the real data, including the late-evening dips in turnout", async () => {
    const result = await readDataDir(REAL_DATA_DIR);
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n"));
    expect(result.data.elections.map((e) => e.meta.id).sort()).toEqual([
      "kz-2019-presidential",
      "kz-2022-presidential",
      "kz-2022-referendum",
      "kz-2023-mazhilis",
    ]);
    const turnout = result.data.turnouts.find((t) => t.meta.id === "kz-2022-turnout-intraday")!;
    expect(turnout.revisions.map((r) => r.label)).toEqual([
      "10:05",
      "12:05",
      "14:05",
      "16:05",
      "18:05",
      "20:00",
      "22:00",
      "Final",
    ]);
    const p22 = result.data.elections.find((e) => e.meta.id === "kz-2022-presidential")!;
    expect(p22.revisions.map((r) => r.status)).toEqual(["preliminary", "final"]);
  });

  it("reads DATA_DIR when no directory is given", async () => {
    const dir = await scratch();
    await rm(path.join(dir, "events.json"));
    const previous = process.env.DATA_DIR;
    process.env.DATA_DIR = dir;
    try {
      const result = await readDataDir();
      expect(result.ok).toBe(false);
    } finally {
      restoreDataDirEnv(previous);
    }
  });

  describe("rejects each misprint found in press reports", async () => {
    const fixtures = await loadMisprints();
    it.each(fixtures.map((f) => [f.name, f] as const))("%s", async (_name, fixture) => {
      const dir = await scratch();
      await applyMisprint(dir, fixture);
      const issues = await issuesFor(dir);
      const named = issues.find((i) => i.file === fixture.file && i.path === fixture.expect.path);
      expect(named, issues.map(formatIssue).join("\n")).toBeDefined();
      for (const text of fixture.expect.contains) expect(named!.message).toContain(text);
    });
  });

  it("allows a small dip between releases but not a larger one", async () => {
    const dir = await scratch();
    // Astana: 48.67 at 20:00. The real 22:00 value is 48.60 (-0.07); -0.2 is beyond the tolerance.
    await editJson(dir, T22, (json) => setPath(json, ["units", 17, "percent"], 48.47));
    const issues = await issuesFor(dir);
    expect(issues.map(formatIssue)).toEqual([
      `${T22} › units[17].percent: Astana (city): 48.47% is below 48.67% at 20:00; turnout can fall by at most 0.1 points between releases`,
    ]);
  });

  it("names the file and position of invalid JSON", async () => {
    const dir = await scratch();
    await writeFile(path.join(dir, "events.json"), '{"events": [');
    const issues = await issuesFor(dir);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.file).toBe("events.json");
    expect(issues[0]!.message).toMatch(/^is not valid JSON/);
  });

  it("reports a missing file", async () => {
    const dir = await scratch();
    await rm(path.join(dir, "sources.json"));
    expect(await issuesFor(dir)).toContainEqual({
      file: "sources.json",
      path: "",
      message: "file is missing",
    });
  });

  it("reports schema errors at their JSON path", async () => {
    const dir = await scratch();
    await editJson(dir, "figures.json", (json) => {
      setPath(json, ["figures", 5, "value"], "45B");
      setPath(json, ["figures", 0, "period"], "2022-02-30");
      setPath(json, ["figures", 1, "id"], "Turnout 2022");
    });
    const paths = (await issuesFor(dir)).map((i) => `${i.file} › ${i.path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        "figures.json › figures[5].value",
        "figures.json › figures[0].period",
        "figures.json › figures[1].id",
      ]),
    );
  });

  it("rejects duplicate ids, unknown sources and locators outside the article", async () => {
    const dir = await scratch();
    await editJson(dir, "figures.json", (json) => {
      setPath(json, ["figures", 1, "id"], "tokayev-vote-share-2022");
      setPath(json, ["figures", 2, "locator", "paragraph"], 40);
      setPath(json, ["figures", 3, "locator", "section"], "Epilogue");
    });
    await editJson(dir, "events.json", (json) =>
      setPath(json, ["events", 0, "sourceIds", 1], "no-such-source"),
    );
    const messages = (await issuesFor(dir)).map(formatIssue);
    expect(messages).toEqual(
      expect.arrayContaining([
        'figures.json › figures[1].id: duplicate id "tokayev-vote-share-2022"',
        'figures.json › figures[2].locator.paragraph: paragraph 40 does not exist; "Mandate of Trust" has 8',
        expect.stringMatching(
          /^figures\.json › figures\[3\]\.locator\.section: "Epilogue" is not a section/,
        ),
        'events.json › events[0].sourceIds[1]: unknown source "no-such-source"; add it to sources.json',
      ]),
    );
  });

  it("rejects an article figure that disagrees with the official result", async () => {
    const dir = await scratch();
    await editJson(dir, "figures.json", (json) => setPath(json, ["figures", 1, "value"], 69.43));
    expect((await issuesFor(dir)).map(formatIssue)).toContain(
      "figures.json › figures[1].value: 69.43 disagrees with the final turnout in kz-2022-presidential (69.44)",
    );
  });

  it("rejects a missing or duplicated option and an incomplete turnout release", async () => {
    const dir = await scratch();
    await editJson(dir, P22, (json) => setPath(json, ["results", 1, "option"], "tokayev"));
    await editJson(dir, T16, (json) => (json.units as unknown[]).pop());
    const messages = (await issuesFor(dir)).map(formatIssue);
    expect(messages).toEqual(
      expect.arrayContaining([
        `${P22} › results[1].option: "tokayev" appears twice`,
        `${P22} › results: no result for dairabayev`,
        `${T16} › units: missing shymkent`,
      ]),
    );
  });

  it("rejects a revision whose every count was multiplied, though it agrees with itself", async () => {
    const dir = await scratch();
    // Shares and turnout are ratios, so they stay right: only a bound on the counts can catch this.
    const times = (n: unknown) => (typeof n === "number" ? n * 1e7 : n);
    await editJson(dir, P22, (json) => {
      const e = json.electorate as Record<string, unknown>;
      for (const k of Object.keys(e)) e[k] = times(e[k]);
      for (const row of json.results as Record<string, unknown>[]) row.votes = times(row.votes);
      const a = json.abroad as Record<string, unknown> | undefined;
      if (a) {
        a.registeredVoters = times(a.registeredVoters);
        a.voted = times(a.voted);
      }
    });
    await editJson(dir, T22, (json) => {
      const n = json.national as Record<string, unknown>;
      n.voters = times(n.voters);
      n.registeredVoters = times(n.registeredVoters);
    });
    const messages = (await issuesFor(dir)).map(formatIssue);
    expect(messages).toEqual(
      expect.arrayContaining([
        `${P22} › electorate.registeredVoters: 119,534,650,000,000 registered voters is more than Kazakhstan's population (under 20,000,000, data/limits.json)`,
        `${T22} › national.voters: 82,995,010,000,000 voters is more than Kazakhstan's population (under 20,000,000, data/limits.json)`,
      ]),
    );
  });

  it("rejects a polling station count outside the plausible range, and bounds that make no sense", async () => {
    const dir = await scratch();
    await editJson(dir, P22, (json) => setPath(json, ["pollingStations", "total"], 101010));
    await editJson(dir, "limits.json", (json) => setPath(json, ["pollingStations", "min"], 20000));
    const messages = (await issuesFor(dir)).map(formatIssue);
    expect(messages).toContain("limits.json › pollingStations: min must be below max");
    await editJson(dir, "limits.json", (json) => setPath(json, ["pollingStations", "min"], 5000));
    expect((await issuesFor(dir)).map(formatIssue)).toContain(
      `${P22} › pollingStations.total: 101,010 polling stations is outside the plausible 5,000–15,000 (data/limits.json)`,
    );
  });

  it("rejects a figure's sources that name an unknown source or a figure the revision lacks", async () => {
    const dir = await scratch();
    await editJson(dir, P22, (json) =>
      setPath(json, ["abroad", "sourceIdsByField", "voted"], ["no-such-source"]),
    );
    await editJson(dir, P22, (json) => {
      const stations = (json as { pollingStations: Record<string, unknown> }).pollingStations;
      delete stations.domestic;
    });
    const messages = (await issuesFor(dir)).map(formatIssue);
    expect(messages).toEqual(
      expect.arrayContaining([
        `${P22} › abroad.sourceIdsByField.voted[0]: unknown source "no-such-source"; add it to sources.json`,
        `${P22} › pollingStations.sourceIdsByField.domestic: sources given for pollingStations.domestic, which the revision does not state`,
      ]),
    );
  });

  it("rejects another report's observer total that cites an unknown source", async () => {
    const dir = await scratch();
    await editJson(dir, P22, (json) =>
      setPath(json, ["observers", "otherReadings", 0, "sourceIds"], ["no-such-report"]),
    );
    const messages = (await issuesFor(dir)).map(formatIssue);
    expect(messages).toContain(
      `${P22} › observers.otherReadings[0].sourceIds[0]: unknown source "no-such-report"; add it to sources.json`,
    );
  });

  it("rejects revisions out of order: same time, lost status, or before election day", async () => {
    const dir = await scratch();
    const prelim = "datasets/kz-2022-presidential/revisions/2022-11-21T1200-preliminary.json";
    await editJson(dir, prelim, (json) => setPath(json, ["asOf"], "2022-11-23T12:00:00+06:00"));
    await editJson(
      dir,
      "datasets/kz-2019-presidential/revisions/2019-06-10T1200-final.json",
      (json) => setPath(json, ["asOf"], "2019-06-08T12:00:00+06:00"),
    );
    const messages = (await issuesFor(dir)).map(formatIssue);
    expect(messages).toEqual(
      expect.arrayContaining([
        `${prelim} › status: "preliminary" comes after the "final" revision 2022-11-22T1200-final; a revision cannot lose status`,
        "datasets/kz-2019-presidential/revisions/2019-06-10T1200-final.json › asOf: 2019-06-08T12:00:00+06:00 is before the election on 2019-06-09",
      ]),
    );
  });

  it("rejects a dataset whose folder and id disagree, and one with no revisions", async () => {
    const dir = await scratch();
    await mkdir(path.join(dir, "datasets", "empty-set", "revisions"), { recursive: true });
    await writeFile(
      path.join(dir, "datasets", "empty-set", "meta.json"),
      JSON.stringify({
        id: "other-id",
        kind: "election",
        title: "x",
        description: "x",
        electionType: "presidential",
        electionDate: "2022-01-01",
        options: [{ id: "a", name: "A", kind: "candidate" }],
        shareBase: "x",
      }),
    );
    const messages = (await issuesFor(dir)).map(formatIssue);
    expect(messages).toEqual([
      'datasets/empty-set/meta.json › id: "other-id" must match its folder name "empty-set"',
      "datasets/empty-set/revisions: holds no revisions (*.json)",
    ]);
  });
  it("reports a revision dated more than the margin after now, naming the time now and the margin", async () => {
    const dir = await scratch();
    await editJson(dir, P22, (json) => setPath(json, ["asOf"], "9999-12-31T00:00:00+00:00"));
    const messages = (await issuesFor(dir)).map(formatIssue);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(
            `^${P22} › asOf: 9999-12-31T00:00:00\\+00:00 is more than 15 minutes after now \\(now is \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z; data/limits\\.json › revisionAsOf\\.maxMinutesAhead\\)`,
          ),
        ),
      ]),
    );
  });

  it("rejects limits that make no sense for the size and date of revisions", async () => {
    const dir = await scratch();
    await editJson(dir, "limits.json", (json) => {
      setPath(json, ["revisionFile", "maxBytes"], 0);
      setPath(json, ["revisionAsOf", "maxMinutesAhead"], -5);
    });
    expect((await issuesFor(dir)).map((i) => `${i.file} › ${i.path}`)).toEqual([
      "limits.json › revisionFile.maxBytes",
      "limits.json › revisionAsOf.maxMinutesAhead",
    ]);
  });

  it("reports a revision file over the size limit without reading it", async () => {
    const dir = await scratch();
    const big = "datasets/kz-2022-presidential/revisions/2022-11-23T1200-final.json";
    await writeFile(path.join(dir, big), "");
    await truncate(path.join(dir, big), 2 * 1024 * 1024);
    expect((await issuesFor(dir)).map(formatIssue)).toEqual([
      `${big}: is 2,097,152 bytes; a revision may have at most 1,048,576 bytes (data/limits.json › revisionFile.maxBytes)`,
    ]);
  });

  it(
    "reads only regular files: a FIFO or a folder among the revisions is reported, promptly",
    { timeout: 10_000 },
    async () => {
      const dir = await scratch();
      const revisions = "datasets/kz-2022-presidential/revisions";
      const fifo = `${revisions}/2022-11-23T1200-final.json`;
      expect(spawnSync("mkfifo", [path.join(dir, fifo)]).status).toBe(0);
      fifos.push(path.join(dir, fifo));
      await mkdir(path.join(dir, revisions, "2022-11-24T1200-final.json"));
      const started = Date.now();
      const messages = (await issuesFor(dir)).map(formatIssue);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(messages).toEqual([
        `${fifo}: is a FIFO, not a regular file; a revisions folder holds only revision files`,
        `${revisions}/2022-11-24T1200-final.json: is a directory, not a regular file; a revisions folder holds only revision files`,
      ]);
    },
  );
});

describe(dataSignature, () => {
  it("changes when a data file changes", async () => {
    const dir = await scratch();
    const before = await dataSignature(dir);
    expect(await dataSignature(dir)).toBe(before);
    await editJson(dir, "events.json", (json) =>
      setPath(json, ["events", 0, "place"], "Saint Petersburg, Russia (changed)"),
    );
    expect(await dataSignature(dir)).not.toBe(before);
  });
});
