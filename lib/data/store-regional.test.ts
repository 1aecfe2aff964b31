import { spawnSync } from "node:child_process";
import { closeSync, constants, openSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { afterEach, beforeAll, describe, expect, it } from "vitest";

import { copyDataDir, REAL_DATA_DIR } from "../../test/data-dir";
import { inventedSplit } from "../../test/fixtures/regional/invented-split";
import type { DataSet } from "./dataset";
import { readDataDir } from "./store";
import { formatIssue } from "./validation-issue";

const ELECTION = "kz-2022-presidential";
const REVISION = "2022-11-22T1200-final";
const REGIONAL = `datasets/${ELECTION}/regional`;
const FILE = `${REGIONAL}/${REVISION}.json`;

let real: DataSet;
beforeAll(async () => {
  const read = await readDataDir(REAL_DATA_DIR);
  if (!read.ok) throw new Error(read.issues.map(formatIssue).join("\n"));
  real = read.data;
});

const dirs: string[] = [];
const fifos: string[] = [];
afterEach(async () => {
  for (const fifo of fifos.splice(0)) {
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // ENXIO: nobody is reading it.
    }
  }
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function withRegional(files: Record<string, string>): Promise<string> {
  const dir = await copyDataDir();
  dirs.push(dir);
  await mkdir(path.join(dir, REGIONAL), { recursive: true });
  for (const [name, text] of Object.entries(files))
    await writeFile(path.join(dir, REGIONAL, name), text);
  return dir;
}

async function problems(dir: string): Promise<string[]> {
  const read = await readDataDir(dir);
  return read.ok ? [] : read.issues.map(formatIssue);
}

describe("regional results in readDataDir", () => {
  it("holds none in data/, since none is published", () => {
    for (const e of real.elections) expect(e.regional, e.meta.id).toEqual([]);
  });

  it("reads a regional file that adds up, with the revision it names", async () => {
    const file = inventedSplit(real, ELECTION, REVISION, { abroad: true });
    const dir = await withRegional({ [`${REVISION}.json`]: JSON.stringify(file) });
    const read = await readDataDir(dir);
    if (!read.ok) throw new Error(read.issues.map(formatIssue).join("\n"));
    const regional = read.data.elections.find((e) => e.meta.id === ELECTION)!.regional!;
    expect(regional.map((r) => [r.revisionId, r.file, r.units.length])).toEqual([
      [REVISION, FILE, file.units.length],
    ]);
  });

  it("reports a file that is not JSON, naming it", async () => {
    const dir = await withRegional({ [`${REVISION}.json`]: '{"units": [' });
    const found = await problems(dir);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${FILE}: is not valid JSON: `));
  });

  it("reports every schema problem at its path", async () => {
    const file = inventedSplit(real, ELECTION, REVISION);
    const bad = {
      ...file,
      extra: 1,
      units: file.units.map((u, i) => (i === 2 ? { ...u, ballots: -5 } : u)),
    };
    const dir = await withRegional({ [`${REVISION}.json`]: JSON.stringify(bad) });
    const found = await problems(dir);
    expect(found.some((m) => m.startsWith(`${FILE} › units[2].ballots: `))).toBe(true);
    expect(found.some((m) => m.startsWith(`${FILE}: `) && m.includes('"extra"'))).toBe(true);
  });

  it("reports a file named for a revision the election does not have", async () => {
    const file = inventedSplit(real, ELECTION, REVISION);
    const dir = await withRegional({ "2022-11-30T1200-final.json": JSON.stringify(file) });
    expect(await problems(dir)).toEqual([
      `${REGIONAL}/2022-11-30T1200-final.json: names revision "2022-11-30T1200-final", which ${ELECTION} does not have; a regional file is named for the revision it adds up to (2022-11-21T1200-preliminary, ${REVISION})`,
    ]);
  });

  it("reports units that miss the national figures by the voters abroad, without a declared block", async () => {
    const file = inventedSplit(real, ELECTION, REVISION, { abroad: true });
    delete file.declared;
    const dir = await withRegional({ [`${REVISION}.json`]: JSON.stringify(file) });
    const found = await problems(dir);
    const national = real.elections.find((e) => e.meta.id === ELECTION)!.revisions.at(-1)!;
    // One line for registered voters, one for ballots and one for each option.
    expect(found).toHaveLength(2 + national.results.length);
    expect(found[0]).toMatch(
      /› units: registered voters: the units add up to [\d,]+, but revision/,
    );
  });

  it(
    "reports a FIFO or a folder in the regional folder without waiting on it",
    { timeout: 10_000 },
    async () => {
      const dir = await withRegional({});
      const fifo = `${REGIONAL}/${REVISION}.json`;
      expect(spawnSync("mkfifo", [path.join(dir, fifo)]).status).toBe(0);
      fifos.push(path.join(dir, fifo));
      await mkdir(path.join(dir, REGIONAL, "2022-11-21T1200-preliminary.json"));
      const started = Date.now();
      const found = await problems(dir);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(found).toEqual([
        `${REGIONAL}/2022-11-21T1200-preliminary.json: is a directory, not a regular file; a regional folder holds only regional results files`,
        `${fifo}: is a FIFO, not a regular file; a regional folder holds only regional results files`,
      ]);
    },
  );
});
