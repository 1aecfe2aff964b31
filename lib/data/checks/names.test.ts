import { rm } from "node:fs/promises";

import { afterEach, describe, expect, it } from "vitest";

import { copyDataDir, editJson } from "../../../test/data-dir";
import { formatIssues } from "../validation-issue";
import { readDataDir } from "../store";

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

type Former = { id: string; from: string; until: string; en: string; ru: string; kk: string };
type NamesJson = {
  names: {
    id: string;
    ru?: string;
    kk?: string;
    prose?: Record<string, string>;
    formerly?: Former[];
  }[];
};

async function problemsAfter(edit: (json: NamesJson) => void): Promise<string> {
  const dir = await copyDataDir();
  dirs.push(dir);
  await editJson(dir, "names.json", (json) => edit(json as unknown as NamesJson));
  const result = await readDataDir(dir);
  expect(result.ok).toBe(false);
  return result.ok ? "" : formatIssues(result.issues);
}

describe("data/names.json", () => {
  it("gives every option and unit of the real data a Russian and a Kazakh name", async () => {
    const result = await readDataDir();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const byId = new Map(result.data.names.map((n) => [n.id, n]));
    expect(byId.get("tokayev")).toMatchObject({
      ru: "Касым-Жомарт Токаев",
      kk: "Қасым-Жомарт Тоқаев",
    });
    expect(byId.get("north-kazakhstan")?.kk).toBe("Солтүстік Қазақстан облысы");
    const units = new Set(result.data.turnouts.flatMap((t) => t.meta.units.map((u) => u.id)));
    expect(units.size).toBe(result.data.units.length);
    for (const id of units) expect(byId.has(id), id).toBe(true);
  });

  it("names a missing form, a missing name, a duplicate and a name no dataset shows", async () => {
    const empty = await problemsAfter((j) => {
      j.names[0]!.kk = " ";
    });
    expect(empty).toContain("names.json › names[0].kk: is empty");

    const missing = await problemsAfter((j) => {
      j.names = j.names.filter((n) => n.id !== "shymkent");
    });
    expect(missing).toContain('no Russian and Kazakh name for "shymkent"');
    expect(missing).toMatch(/named in datasets\/kz-\d{4}-turnout-[a-z-]+\/meta\.json \(units\)/);

    const twice = await problemsAfter((j) => {
      j.names.push({ ...j.names[0]! });
    });
    expect(twice).toContain('duplicate id "tokayev"');

    const orphan = await problemsAfter((j) => {
      j.names.push({ id: "atlantis", ru: "Атлантида", kk: "Атлантида" });
    });
    expect(orphan).toContain('"atlantis" is not an option or unit of any dataset');
  });

  it("refuses a prose form that lacks a language or is empty, naming where", async () => {
    const at = (j: NamesJson) => j.names.findIndex((n) => n.prose);
    let index = -1;
    const lacking = await problemsAfter((j) => {
      index = at(j);
      delete j.names[index]!.prose!.kk;
    });
    expect(index).toBeGreaterThanOrEqual(0);
    expect(lacking).toContain(`names.json › names[${index}].prose.kk`);

    const blank = await problemsAfter((j) => {
      j.names[at(j)]!.prose!.en = "";
    });
    expect(blank).toContain(`names.json › names[${index}].prose.en: is empty`);
  });

  describe("former names", () => {
    const astana = (j: NamesJson) => j.names.find((n) => n.id === "astana")!;
    const sultan = (j: NamesJson) => astana(j).formerly![0]!;
    const index = (j: NamesJson) => j.names.indexOf(astana(j));

    it("refuses two former names in use on one day, saying which and when", async () => {
      let at = 0;
      const overlap = await problemsAfter((j) => {
        at = index(j);
        astana(j).formerly!.push({
          ...sultan(j),
          id: "akmola-city",
          from: "2022-01-01",
          until: "2022-12-31",
        });
      });
      expect(overlap).toContain(
        `names.json › names[${at}].formerly[1].from: "akmola-city" starts on 2022-01-01, before "nur-sultan" ended on 2022-09-17: former names must be oldest first and must not overlap`,
      );
    });

    it("refuses a range that ends before it starts, and a date that is not a real day", async () => {
      let at = 0;
      const reversed = await problemsAfter((j) => {
        at = index(j);
        sultan(j).until = "2019-03-01";
      });
      expect(reversed).toContain(
        `names.json › names[${at}].formerly[0].until: runs from 2019-03-23 until 2019-03-01: its first day must come before the day it ended`,
      );
      const unreal = await problemsAfter((j) => {
        sultan(j).from = "2019-02-30";
      });
      expect(unreal).toContain(`formerly[0].from: must be a real calendar date YYYY-MM-DD`);
    });

    it("refuses a former name whose id is a name's, and one without a Kazakh form", async () => {
      const clash = await problemsAfter((j) => {
        sultan(j).id = "akmola";
      });
      expect(clash).toContain('formerly[0].id: "akmola" is already the id of a name in this file');
      const bare = await problemsAfter((j) => {
        sultan(j).kk = "";
      });
      expect(bare).toContain("formerly[0].kk: is empty");
    });

    it("holds each vote's English list to the name the unit bore on the vote's day", async () => {
      const dir = await copyDataDir();
      dirs.push(dir);
      const meta = "datasets/kz-2019-turnout-presidential/meta.json";
      await editJson(dir, meta, (json) => {
        const units = json.units as { id: string; name: string }[];
        units.find((u) => u.id === "astana")!.name = "Astana (city)";
      });
      const later = "datasets/kz-2023-turnout-mazhilis/meta.json";
      await editJson(dir, later, (json) => {
        const units = json.units as { id: string; name: string }[];
        units.find((u) => u.id === "astana")!.name = "Nur-Sultan (city)";
      });
      const result = await readDataDir(dir);
      expect(result.ok).toBe(false);
      const text = result.ok ? "" : formatIssues(result.issues);
      expect(text).toMatch(
        /kz-2019-turnout-presidential\/meta\.json › units\[\d+\]\.name: is "Astana \(city\)", but on 2019-06-09, the day of its vote, the unit was called "Nur-Sultan \(city\)"/,
      );
      expect(text).toMatch(
        /kz-2023-turnout-mazhilis\/meta\.json › units\[\d+\]\.name: is "Nur-Sultan \(city\)", a name the unit bore only from 2019-03-23 until 2022-09-17 \(names\.json\), not on 2023-03-19/,
      );
    });
  });
});
