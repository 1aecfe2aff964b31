import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { copyDataDir, editJson, setPath, snapshotDir } from "../../test/data-dir";
import { readDataDir } from "../data/store";
import { formatIssue } from "../data/validation-issue";
import { retractRevision } from "./retract";

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
async function scratch(): Promise<string> {
  const d = await copyDataDir();
  dirs.push(d);
  return d;
}

const REVISIONS = "datasets/kz-2022-presidential/revisions";
const FINAL = `${REVISIONS}/2022-11-22T1200-final.json`;
const FUTURE = `${REVISIONS}/2202-11-23T0600Z-certified.json`;

/** A revision dated 180 years ahead, put in by hand: it blocks every later ingest. */
async function addFutureRevision(dir: string): Promise<void> {
  await writeFile(path.join(dir, FUTURE), await readFile(path.join(dir, FINAL), "utf8"));
  await editJson(dir, FUTURE, (json) => {
    setPath(json, ["status"], "certified");
    setPath(json, ["asOf"], "2202-11-23T12:00:00+06:00");
  });
}

describe(retractRevision, () => {
  it("removes a revision dated in the future, leaving data that validates and every other file as it was", async () => {
    const dir = await scratch();
    await addFutureRevision(dir);
    expect((await readDataDir(dir)).ok).toBe(false);
    const before = await snapshotDir(dir);
    const result = await retractRevision({
      dataDir: dir,
      datasetId: "kz-2022-presidential",
      revisionId: "2202-11-23T0600Z-certified",
    });
    expect(result).toEqual({ ok: true, file: FUTURE });
    const after = await snapshotDir(dir);
    before.delete(FUTURE);
    expect(after).toEqual(before);
    const read = await readDataDir(dir);
    expect(read.ok || read.issues.map(formatIssue)).toBe(true);
  });

  it("refuses an unknown revision or dataset with a clear message, and changes nothing", async () => {
    const dir = await scratch();
    const before = await snapshotDir(dir);
    const retract = (datasetId: string, revisionId: string) =>
      retractRevision({ dataDir: dir, datasetId, revisionId }).then((r) =>
        r.ok ? "retracted" : r.issues.map(formatIssue),
      );
    expect(await retract("kz-2022-presidential", "2022-11-30T0600Z-certified")).toEqual([
      'kz-2022-presidential: unknown revision "2022-11-30T0600Z-certified" in kz-2022-presidential; its revisions are 2022-11-21T1200-preliminary, 2022-11-22T1200-final',
    ]);
    // A path is not an id: nothing outside the dataset's revisions can be named.
    expect(await retract("kz-2022-presidential", "../meta")).toEqual([
      'kz-2022-presidential: unknown revision "../meta" in kz-2022-presidential; its revisions are 2022-11-21T1200-preliminary, 2022-11-22T1200-final',
    ]);
    // The message lists the datasets there are, as data/datasets holds them.
    const datasets = (await readdir(path.join(dir, "datasets"))).sort().join(", ");
    expect(await retract("kz-1999", "2022-11-22T1200-final")).toEqual([
      `kz-1999: unknown dataset "kz-1999"; the datasets are ${datasets}`,
    ]);
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it("refuses a retraction that would leave data that does not validate, and changes nothing", async () => {
    const dir = await scratch();
    const before = await snapshotDir(dir);
    const result = await retractRevision({
      dataDir: dir,
      datasetId: "kz-2019-presidential",
      revisionId: "2019-06-10T1200-final",
    });
    expect(result.ok || result.issues.map(formatIssue)).toContain(
      "datasets/kz-2019-presidential/revisions: holds no revisions (*.json)",
    );
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it("waits for the ingest lock like an ingest", async () => {
    const dir = await scratch();
    const lock = path.join(dir, ".ingest.lock");
    await writeFile(lock, String(process.pid));
    await expect(
      retractRevision({
        dataDir: dir,
        datasetId: "kz-2022-presidential",
        revisionId: "2022-11-22T1200-final",
        lockTimeoutMs: 200,
      }),
    ).rejects.toThrow(`another ingest holds ${lock}`);
    expect(await readdir(path.join(dir, REVISIONS))).toHaveLength(2);
  });
});
