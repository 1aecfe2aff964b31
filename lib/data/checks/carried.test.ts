import { afterEach, describe, expect, it } from "vitest";
import { rm } from "node:fs/promises";

import { copyDataDir, editJson, REAL_DATA_DIR } from "../../../test/data-dir";
import { readDataDir } from "../store";

const FINAL_2023 = "datasets/kz-2023-mazhilis/revisions/2023-03-27T1200-final.json";
let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("figures carried from an earlier release", () => {
  it("marks the 2023 final count's turnout and ballots issued as election night's", async () => {
    const read = await readDataDir(REAL_DATA_DIR);
    if (!read.ok) throw new Error("real data must validate");
    const final = read.data.elections
      .find((e) => e.meta.id === "kz-2023-mazhilis")!
      .revisions.find((r) => r.status === "final")!;
    expect(final.carried?.fields).toEqual(
      expect.arrayContaining(["turnout.percent", "electorate.ballotsIssued"]),
    );
    expect(final.carried!.from.slice(0, 10)).toBe("2023-03-19");
  });

  it("refuses a release they would come from that is not before the revision, or before the election", async () => {
    for (const [from, says] of [
      ["2023-03-28T10:00:00+06:00", "is not before this revision's asOf"],
      ["2023-03-18T22:10:00+06:00", "is before the election on 2023-03-19"],
    ]) {
      dir = await copyDataDir();
      await editJson(dir, FINAL_2023, (json) => {
        (json.carried as { from: string }).from = from!;
      });
      const read = await readDataDir(dir);
      expect(read.ok).toBe(false);
      if (!read.ok)
        expect(read.issues.map((i) => `${i.path}: ${i.message}`)).toContainEqual(
          expect.stringContaining(`carried.from: ${from} ${says}`),
        );
      await rm(dir, { recursive: true, force: true });
      dir = undefined;
    }
  });
});
