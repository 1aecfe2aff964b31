import { rm } from "node:fs/promises";

import { afterEach, describe, expect, it } from "vitest";

import { copyDataDir, editJson } from "../../../test/data-dir";
import { formatIssues } from "../validation-issue";
import { readDataDir } from "../store";

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

type NamesJson = {
  names: { id: string; ru?: string; kk?: string; prose?: Record<string, string> }[];
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
});
