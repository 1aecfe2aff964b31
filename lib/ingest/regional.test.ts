import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { copyDataDir, REAL_DATA_DIR, snapshotDir } from "../../test/data-dir";
import { INVENTED_NOTE, inventedSplit } from "../../test/fixtures/regional/invented-split";
import type { DataSet } from "../data/dataset";
import type { RegionalResultsInput } from "../data/regional-schema";
import { readDataDir } from "../data/store";
import { formatIssue } from "../data/validation-issue";
import { ingestRegional } from "./regional";

const ELECTION = "kz-2022-presidential";
const REVISION = "2022-11-22T1200-final";
const REGIONAL_DIR = `datasets/${ELECTION}/regional`;

// Read before the tests are collected: one test per election is made from it.
const read = await readDataDir(REAL_DATA_DIR);
if (!read.ok) throw new Error(read.issues.map(formatIssue).join("\n"));
const real: DataSet = read.data;

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
async function scratch(): Promise<string> {
  const d = await copyDataDir();
  dirs.push(d);
  return d;
}

const finals = () =>
  real.elections.map((e) => [e.meta.id, e.revisions.findLast((r) => r.status === "final")!.id]);

describe(ingestRegional, () => {
  it("adds an invented split of the 2022 final result, voters abroad declared, and touches nothing else", async () => {
    const dir = await scratch();
    const before = await snapshotDir(dir);
    const regional = inventedSplit(real, ELECTION, REVISION, { abroad: true });
    const result = await ingestRegional({
      dataDir: dir,
      datasetId: ELECTION,
      revisionId: REVISION,
      regional,
      origin: "regions.json",
    });
    const file = `${REGIONAL_DIR}/${REVISION}.json`;
    expect(result).toEqual({ ok: true, file });
    const after = await snapshotDir(dir);
    for (const [name, bytes] of before) expect(after.get(name), name).toBe(bytes);
    expect([...after.keys()].filter((k) => !before.has(k))).toEqual([file]);
    expect(JSON.parse(await readFile(path.join(dir, file), "utf8"))).toEqual(regional);
    const read = await readDataDir(dir);
    expect(read.ok && read.data.elections.find((e) => e.meta.id === ELECTION)!.regional).toEqual([
      { ...regional, revisionId: REVISION, file },
    ]);
  });

  it.each(finals())(
    "adds an invented split of %s's final revision %s, of whatever base its shares are",
    async (election, revision) => {
      const dir = await scratch();
      const result = await ingestRegional({
        dataDir: dir,
        datasetId: election,
        revisionId: revision,
        regional: inventedSplit(real, election, revision),
        origin: "regions.json",
      });
      expect(result.ok || result.issues.map(formatIssue)).toBe(true);
    },
  );

  type Case = [string, (r: RegionalResultsInput) => unknown, string];
  const refused: Case[] = [
    [
      "a count that is not one",
      (r) => (r.units[0]!.results[0]!.votes = -1),
      "regions.json › units[0].results[0].votes: ",
    ],
    [
      "a field the format lacks",
      (r) => Object.assign(r, { total: 1 }),
      'regions.json: Unrecognized key: "total"',
    ],
    [
      "one vote too many",
      (r) => (r.units[3]!.results[1]!.votes += 1),
      `regional/${REVISION}.json › units: votes for "dairabayev": the units add up to`,
    ],
    ["a unit left out", (r) => r.units.pop(), `› units: no results for `],
    ["a unit twice", (r) => r.units.push(r.units[0]!), `appears twice (also units[0])`],
    [
      "an unknown unit",
      (r) => (r.units[0]!.unit = "baikonur"),
      `› units[0].unit: "baikonur" is not in units.json`,
    ],
    [
      "an unknown option",
      (r) => (r.units[0]!.results[0]!.option = "nazarbayev"),
      `› units[0].results[0].option: unknown option "nazarbayev"`,
    ],
    [
      "a misprinted share",
      (r) => (r.units[5]!.results[0]!.share! += 1),
      `› units[5].results[0].share: `,
    ],
    [
      "an unknown source",
      (r) => r.sourceIds.push("rumour"),
      `unknown source "rumour"; add it to sources.json`,
    ],
    [
      "more ballots than voters",
      (r) => (r.units[2]!.ballots = r.units[2]!.registeredVoters + 1),
      "› units[2].ballots: ",
    ],
    [
      "a declared difference that is wrong",
      (r) => (r.declared!.ballots += 5),
      "› units: ballots issued: the units add up to",
    ],
  ];

  it.each(refused)("refuses %s, naming it, and writes nothing", async (_name, edit, says) => {
    const dir = await scratch();
    const before = await snapshotDir(dir);
    const regional = inventedSplit(real, ELECTION, REVISION, { abroad: true });
    edit(regional);
    const result = await ingestRegional({
      dataDir: dir,
      datasetId: ELECTION,
      revisionId: REVISION,
      regional,
      origin: "regions.json",
    });
    expect(result.ok).toBe(false);
    const text = result.ok ? "" : result.issues.map(formatIssue).join("\n");
    expect(text).toContain(says);
    expect(await snapshotDir(dir)).toEqual(before);
    expect(existsSync(path.join(dir, REGIONAL_DIR))).toBe(false);
  });

  it("refuses a revision the election lacks, a path for an id, a turnout series and an unknown dataset", async () => {
    const dir = await scratch();
    const before = await snapshotDir(dir);
    const regional = inventedSplit(real, ELECTION, REVISION, { abroad: true });
    const attempt = (datasetId: string, revisionId: string) =>
      ingestRegional({ dataDir: dir, datasetId, revisionId, regional, origin: "r.json" }).then(
        (r) => (r.ok ? "" : formatIssue(r.issues[0]!)),
      );
    const revisions = real.elections
      .find((e) => e.meta.id === ELECTION)!
      .revisions.map((r) => r.id);
    expect(await attempt(ELECTION, "2022-11-30T1200-final")).toBe(
      `r.json: unknown revision "2022-11-30T1200-final" in ${ELECTION}; its revisions are ${revisions.join(", ")}`,
    );
    expect(await attempt(ELECTION, `../revisions/${REVISION}`)).toContain("unknown revision");
    expect(await attempt("kz-2022-turnout-intraday", REVISION)).toMatch(
      /^r\.json: "kz-2022-turnout-intraday" is a turnout series; results by region belong to an election: /,
    );
    expect(await attempt("kz-1995-referendum", REVISION)).toMatch(
      /unknown election "kz-1995-referendum"/,
    );
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it("never overwrites a revision's regional file", async () => {
    const dir = await scratch();
    const first = inventedSplit(real, ELECTION, REVISION, { abroad: true });
    const ingest = (regional: unknown) =>
      ingestRegional({
        dataDir: dir,
        datasetId: ELECTION,
        revisionId: REVISION,
        regional,
        origin: "r.json",
      });
    const added = await ingest(first);
    expect(added.ok || added.issues.map(formatIssue)).toBe(true);
    const before = await snapshotDir(dir);
    const second = await ingest({ ...first, note: `${INVENTED_NOTE} Again.` });
    expect(second.ok || formatIssue(second.issues[0]!)).toBe(
      `r.json: ${REGIONAL_DIR}/${REVISION}.json already exists; a revision's results by region are never overwritten (a corrected count comes as a new revision)`,
    );
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it("refuses a file larger than data/limits.json allows", async () => {
    const dir = await scratch();
    const before = await snapshotDir(dir);
    const regional = {
      ...inventedSplit(real, ELECTION, REVISION, { abroad: true }),
      note: "x".repeat(2 * 1024 * 1024),
    };
    const result = await ingestRegional({
      dataDir: dir,
      datasetId: ELECTION,
      revisionId: REVISION,
      regional,
      origin: "big.json",
    });
    expect(result.ok || formatIssue(result.issues[0]!)).toMatch(
      /^big\.json: is 2,\d{3},\d{3} bytes as JSON; a revision may have at most 1,048,576 bytes/,
    );
    expect(await snapshotDir(dir)).toEqual(before);
  });
});
