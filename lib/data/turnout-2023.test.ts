import { describe, expect, it } from "vitest";

import { copyDataDir, editJson, REAL_DATA_DIR } from "../../test/data-dir";
import { readDataDir } from "./store";

const DATASET = "datasets/kz-2023-turnout-mazhilis";
const AT_1810 = `${DATASET}/revisions/2023-03-19T1810-preliminary.json`;
const AT_2010 = `${DATASET}/revisions/2023-03-19T2010-preliminary.json`;

describe("turnout on election day 2023", () => {
  it("holds the three releases, the 20:10 list as far as it survives, and reproduces 54.19%", async () => {
    const read = await readDataDir(REAL_DATA_DIR);
    if (!read.ok) throw new Error("real data must validate");
    const t = read.data.turnouts.find((d) => d.meta.id === "kz-2023-turnout-mazhilis")!;
    expect(t.revisions.map((r) => r.label)).toEqual(["18:10", "20:10", "22:10"]);
    const [r1810, r2010, r2210] = t.revisions;
    expect(r1810!.units).toHaveLength(t.meta.units.length);
    expect(r2010!.partialUnits).toBe(true);
    expect(r2010!.units!.length).toBeLessThan(t.meta.units.length);
    const { voters, registeredVoters, percent } = r2210!.national;
    expect(Math.round((voters! / registeredVoters!) * 10000) / 100).toBe(percent);
  });

  it("refuses a regional list cut short unless the release says it survives only in part", async () => {
    const dir = await copyDataDir();
    await editJson(dir, AT_2010, (json) => {
      delete json.partialUnits;
    });
    const read = await readDataDir(dir);
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.issues.find((i) => i.file === AT_2010)?.message).toMatch(/^missing turkistan/);
  });

  it("catches Informburo's 63.63 for Ulytau at 18:10 by the fall that would follow it", async () => {
    const dir = await copyDataDir();
    await editJson(dir, AT_1810, (json) => {
      (json.units as { unit: string; percent: number }[]).find(
        (u) => u.unit === "ulytau",
      )!.percent = 63.63;
    });
    const read = await readDataDir(dir);
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.issues.map((i) => i.message).join("\n")).toContain(
        "Ulytau Region: 58.99% is below 63.63% at 18:10",
      );
  });
});
