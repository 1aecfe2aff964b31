import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";

import { parse } from "csv-parse/sync";
import { afterEach, beforeAll, describe, expect, it } from "vitest";

import { copyDataDir, editJson, REAL_DATA_DIR, setPath } from "../../test/data-dir";
import { realDataInEveryLanguage } from "../../test/localized-data";
import { toCsv } from "../export/csv";
import { OBSERVER_CSV_COLUMNS, toObserverRows } from "../export/observers-table";
import type { DashboardData } from "./loader";
import { findingsNaming, toElectionFindings, turnoutFindings } from "./observers";
import { readDataDir } from "./store";
import { formatIssues } from "./validation-issue";

// Expected values come from data/ read with plain JSON.parse, not through the loader.
interface RawFinding {
  id: string;
  election: string;
  mission: string;
  verdict: string;
  units?: string[];
  aboutTurnout?: true;
}
const raw = JSON.parse(readFileSync(path.join(REAL_DATA_DIR, "observers.json"), "utf8"))
  .findings as RawFinding[];
const ru = JSON.parse(readFileSync(path.join(REAL_DATA_DIR, "translations/ru.json"), "utf8"))
  .observers as Record<string, { verdict: string }>;

let data: Record<"en" | "ru" | "kk", DashboardData>;
beforeAll(async () => {
  data = await realDataInEveryLanguage();
});

describe(toElectionFindings, () => {
  it("lists every finding once, under its vote, newest vote first", () => {
    const votes = toElectionFindings(data.en);
    const ids = votes.flatMap((v) => v.missions.flatMap((m) => m.findings.map((f) => f.id)));
    expect(ids.toSorted()).toEqual(raw.map((f) => f.id).toSorted());
    expect(votes.map((v) => v.election)).toEqual([
      ...new Set(
        raw
          .map((f) => f.election)
          .toSorted()
          .toReversed(),
      ),
    ]);
  });

  it("puts a mission's finding about the turnout figures first", () => {
    for (const vote of toElectionFindings(data.en))
      for (const m of vote.missions) {
        const about = m.findings.findIndex((f) => f.aboutTurnout);
        if (about >= 0) expect(about).toBe(0);
      }
  });

  it("gives the same findings in every language, in the translation's words", () => {
    const shape = (d: DashboardData) =>
      toElectionFindings(d).map((v) => v.missions.map((m) => m.findings.map((f) => f.id)));
    expect(shape(data.ru)).toEqual(shape(data.en));
    expect(shape(data.kk)).toEqual(shape(data.en));
    const first = raw[0]!;
    expect(data.ru.observers.find((f) => f.id === first.id)?.verdict).toBe(ru[first.id]!.verdict);
  });
});

describe(findingsNaming, () => {
  it("finds the findings that name a unit, and none for a unit no finding names", () => {
    const named = raw.filter((f) => f.units?.includes("astana")).map((f) => f.id);
    expect(named.length).toBeGreaterThan(0);
    expect(findingsNaming(data.en.observers, "astana").map((f) => f.id)).toEqual(named);
    expect(findingsNaming(data.en.observers, "pavlodar")).toEqual([]);
  });
});

describe(turnoutFindings, () => {
  it("keeps only findings about turnout of the votes asked for", () => {
    const y2023 = raw.filter((f) => f.aboutTurnout && f.election === "kz-2023-mazhilis");
    expect(y2023.length).toBeGreaterThan(0);
    expect(turnoutFindings(data.en.observers, ["kz-2023-mazhilis"]).map((f) => f.id)).toEqual(
      y2023.map((f) => f.id),
    );
    expect(turnoutFindings(data.en.observers, ["kz-2022-referendum"])).toEqual([]);
  });
});

describe(toObserverRows, () => {
  it("writes one CSV row per finding with the verdict in the language of the data", () => {
    const rows = parse(toCsv(toObserverRows(data.ru), OBSERVER_CSV_COLUMNS, { bom: false }), {
      columns: true,
    }) as Record<string, string>[];
    expect(rows).toHaveLength(raw.length);
    const first = raw[0]!;
    const row = rows.find((r) => r.id === first.id)!;
    expect(row.verdict).toBe(ru[first.id]!.verdict);
    expect(row.mission).toBe(first.mission);
    expect(row.election_id).toBe(first.election);
  });
});

describe("data/observers.json validation", () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });

  it.each([
    [["findings", 0, "stages", 0], "recount", "observers.json › findings[0].stages[0]"],
    [["findings", 0, "election"], "kz-1999-presidential", 'unknown election dataset "kz-1999'],
    [["findings", 0, "sourceIds", 0], "nowhere", 'unknown source "nowhere"'],
    [["findings", 0, "units"], ["abai"], '"abai" is not a unit of units.json on the vote'],
  ])("names file and field for a bad %j", async (at, value, message) => {
    const dir = await copyDataDir();
    dirs.push(dir);
    await editJson(dir, "observers.json", (json) => setPath(json, at, value));
    const result = await readDataDir(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatIssues(result.issues)).toContain(message);
  });
});
