import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";

import { afterEach, beforeAll, describe, expect, it } from "vitest";

import { copyDataDir, editJson, REAL_DATA_DIR } from "../../../test/data-dir";
import { findChartSpec } from "../../charts/model/registry";
import { toDashboardData } from "../dashboard-data";
import type { DataSet } from "../dataset";
import { readDataDir } from "../store";

const FINAL_2023 = "datasets/kz-2023-mazhilis/revisions/2023-03-27T1200-final.json";
type Reading = { sourceIds: string[]; totals: { party: string; seats: number }[] };
const stored = JSON.parse(readFileSync(path.join(REAL_DATA_DIR, FINAL_2023), "utf8")) as {
  chamber: { seats: number; readings: Reading[] };
};

let data: DataSet;
let dir: string | undefined;
beforeAll(async () => {
  const read = await readDataDir(REAL_DATA_DIR);
  if (!read.ok) throw new Error("real data must validate");
  data = read.data;
});
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function issuesAfter(edit: (chamber: typeof stored.chamber) => void): Promise<string[]> {
  dir = await copyDataDir();
  await editJson(dir, FINAL_2023, (json) => edit(json.chamber as typeof stored.chamber));
  const read = await readDataDir(dir);
  return read.ok ? [] : read.issues.map((i) => `${i.path}: ${i.message}`);
}

describe("the 2023 chamber's readings", () => {
  it("shows both readings side by side and names the rows they disagree on", () => {
    const m = findChartSpec("kz-2023-mazhilis-chamber")!.build(toDashboardData(data, "en"))!;
    const [a, b] = stored.chamber.readings;
    const disputed = a!.totals
      .filter((x) => b!.totals.find((y) => y.party === x.party)?.seats !== x.seats)
      .map((x) => x.party);
    expect(disputed.sort()).toEqual(["independents", "nsdp"]);
    // A disputed party gets a bar per reading; an agreed one a single bar.
    const nsdp = m.rows.filter((r) => String(r.id).startsWith("nsdp"));
    expect(nsdp.map((r) => r.seats)).toEqual(
      stored.chamber.readings.map((r) => r.totals.find((x) => x.party === "nsdp")!.seats),
    );
    expect(m.rows.filter((r) => r.id === "amanat")).toHaveLength(1);
    expect(m.summary).toContain("IFES ElectionGuide gives NSDP 5, Self-nominated 6");
  });

  it("refuses a reading that does not add up to the chamber", async () => {
    const issues = await issuesAfter((c) => {
      c.readings[0]!.totals[0]!.seats = 61;
    });
    expect(issues).toContainEqual(
      expect.stringContaining(
        "chamber.readings[0].totals: the seats add up to 97, not the chamber's 98",
      ),
    );
  });

  it("refuses a party with fewer seats in all than it won on the list, and a party not on the ballot", async () => {
    const issues = await issuesAfter((c) => {
      c.readings[1]!.totals[0]!.seats = 39;
      c.readings[1]!.totals[6]!.seats += 23;
      c.readings[1]!.totals[1]!.party = "nur-otan";
    });
    expect(issues).toContainEqual(
      expect.stringContaining(
        "chamber.readings[1].totals[0].seats: 39 seats, fewer than the 40 list seats won",
      ),
    );
    expect(issues).toContainEqual(
      expect.stringContaining('chamber.readings[1].totals[1].party: "nur-otan" is not a party'),
    );
  });

  it("refuses a chamber size other than the list and district seats of the meta", async () => {
    const issues = await issuesAfter((c) => {
      c.seats = 107;
    });
    expect(issues).toContainEqual(
      expect.stringContaining(
        "chamber.seats: 107 stated, but meta.json has 69 list + 29 district seats = 98",
      ),
    );
  });
});
