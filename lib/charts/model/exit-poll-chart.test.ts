import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../../test/data-dir";
import { toDashboardData } from "../../data/dashboard-data";
import { latestRevision, type DataSet } from "../../data/dataset";
import { readDataDir } from "../../data/store";
import {
  EXIT_POLLS_CHART_ID,
  MAZHILIS_EXIT_POLLS_CHART_ID,
  OFFICIAL_ROW_ID,
} from "./exit-poll-chart";
import { findChartSpec } from "./registry";

let data: DataSet;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  data = result.data;
});

const build = (id: string, locale: "en" | "ru" | "kk", from: DataSet = data) =>
  findChartSpec(id)!.build(toDashboardData(from, locale))!;
const finalOf = (from: DataSet, election: string) =>
  latestRevision(from.elections.find((x) => x.meta.id === election)!.revisions);
const pollsOf = (election: string) => data.exitPolls.polls.filter((p) => p.election === election);

describe("the 2022 exit polls chart", () => {
  const build22 = (locale: "en" | "ru" | "kk") => build(EXIT_POLLS_CHART_ID, locale);

  it("takes the official share from the election's final revision, not from the polls file", () => {
    const final = finalOf(data, "kz-2022-presidential");
    const official = build22("en").rows.find((r) => r.id === OFFICIAL_ROW_ID)!;
    expect(official.share).toBe(final.results.find((r) => r.option === "tokayev")!.share);
    expect(official.turnout).toBe(final.turnout.percent);
  });

  it("gives each poll's difference from the official share in points", () => {
    // By hand: 82.45 − 81.31 = 1.14, 85.52 − 81.31 = 4.21, 82.02 − 81.31 = 0.71.
    const diffs = Object.fromEntries(build22("en").rows.map((r) => [r.id, r.diff]));
    expect(diffs).toEqual({
      "kz-2022-open-society": 1.14,
      "kz-2022-amanat-public-policy": 4.21,
      "kz-2022-socis-a": 0.71,
      [OFFICIAL_ROW_ID]: null,
    });
  });

  it("lists every option of the ballot in its table, and one row per poll and the result", () => {
    const e = data.elections.find((x) => x.meta.id === "kz-2022-presidential")!;
    const m = build22("ru");
    const keys = m.table.map((c) => c.key);
    for (const o of e.meta.options.filter((x) => x.id !== "tokayev"))
      expect(keys, o.id).toContain(o.id);
    expect(m.rows).toHaveLength(pollsOf("kz-2022-presidential").length + 1);
  });

  it("names the pollsters in each language from the data", () => {
    for (const locale of ["en", "ru", "kk"] as const) {
      const names = build22(locale).rows.map((r) => r.source);
      for (const p of pollsOf("kz-2022-presidential")) {
        const pollster = data.exitPolls.pollsters.find((x) => x.id === p.pollster)!;
        expect(names).toContain(pollster.shortName[locale]);
      }
    }
  });
});

describe("the 2023 Mazhilis exit polls chart", () => {
  const build23 = (locale: "en" | "ru" | "kk", from: DataSet = data) =>
    build(MAZHILIS_EXIT_POLLS_CHART_ID, locale, from);

  it("sits in the dashboard section of the Mazhilis, beside its seats, not in the 2022 election's", () => {
    expect(build23("en").section).toBe(build("kz-2023-mazhilis-chamber", "en").section);
    expect(build23("en").section).not.toBe(build(EXIT_POLLS_CHART_ID, "en").section);
  });

  it("takes every party's official share from the election's final revision", () => {
    const final = finalOf(data, "kz-2023-mazhilis");
    const official = build23("en").rows.find((r) => r.id === OFFICIAL_ROW_ID)!;
    expect(official.share).toBe(final.results.find((r) => r.option === "amanat")!.share);
    for (const r of final.results.filter((x) => x.option !== "amanat"))
      expect(official[r.option], r.option).toBe(r.share);
    expect(official.turnout).toBe(final.turnout.percent);
  });

  it("gives every party's difference from the official share in points", () => {
    const rows = Object.fromEntries(build23("en").rows.map((r) => [r.id, r]));
    // By hand against the CEC's 53.90: 53.46 − 53.90 = −0.44, 54.42 − 53.90 = 0.52,
    // 53.33 − 53.90 = −0.57.
    expect(rows["kz-2023-eurasian-integration"]!.diff).toBe(-0.44);
    expect(rows["kz-2023-socis-a"]!.diff).toBe(0.52);
    expect(rows["kz-2023-democracy-institute"]!.diff).toBe(-0.57);
    // SOCIS-A by hand: Auyl 10.21 − 10.90 = −0.69, NSDP 4.91 − 5.20 = −0.29, against all
    // 4.40 − 3.90 = 0.50; the Eurasian institute's Baitaq 3.22 − 2.30 = 0.92.
    expect(rows["kz-2023-socis-a"]!["auyl-diff"]).toBe(-0.69);
    expect(rows["kz-2023-socis-a"]!["nsdp-diff"]).toBe(-0.29);
    expect(rows["kz-2023-socis-a"]!["against-all-diff"]).toBe(0.5);
    expect(rows["kz-2023-eurasian-integration"]!["baitaq-diff"]).toBe(0.92);
    expect(rows[OFFICIAL_ROW_ID]!["auyl-diff"]).toBeNull();
  });

  it("has a share and a difference column for every option, one row per poll and the result", () => {
    const e = data.elections.find((x) => x.meta.id === "kz-2023-mazhilis")!;
    const m = build23("kk");
    const keys = m.table.map((c) => c.key);
    for (const o of e.meta.options.filter((x) => x.id !== "amanat"))
      expect(keys, o.id).toEqual(expect.arrayContaining([o.id, `${o.id}-diff`]));
    expect(m.rows).toHaveLength(pollsOf("kz-2023-mazhilis").length + 1);
  });

  it("leads with whichever option the official count put first, not a fixed one", () => {
    const changed = structuredClone(data);
    const auyl = finalOf(changed, "kz-2023-mazhilis").results.find((r) => r.option === "auyl")!;
    auyl.share = 60;
    const m = build23("en", changed);
    expect(m.rows.find((r) => r.id === OFFICIAL_ROW_ID)!.share).toBe(60);
    const socis = pollsOf("kz-2023-mazhilis").find((p) => p.id === "kz-2023-socis-a")!;
    expect(m.rows.find((r) => r.id === socis.id)!.share).toBe(
      socis.results.find((r) => r.option === "auyl")!.share,
    );
    expect(m.table.map((c) => c.key)).toContain("amanat");
  });

  it("leaves the parties a poll did not announce empty and names them in the description", () => {
    const changed = structuredClone(data);
    const poll = changed.exitPolls.polls.find((p) => p.id === "kz-2023-eurasian-integration")!;
    poll.results = poll.results.filter((r) => r.option !== "baitaq" && r.option !== "nsdp");
    const m = build23("en", changed);
    const row = m.rows.find((r) => r.id === poll.id)!;
    expect([row.baitaq, row["baitaq-diff"], row.nsdp, row["nsdp-diff"]]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    const meta = data.elections.find((x) => x.meta.id === "kz-2023-mazhilis")!.meta;
    const short = (id: string) => meta.options.find((o) => o.id === id)!.shortName!;
    const pollster = data.exitPolls.pollsters.find((p) => p.id === poll.pollster)!;
    expect(m.summary).toContain(
      `${pollster.shortName.en} gave no share for: ${short("nsdp")}, ${short("baitaq")}.`,
    );
    expect(build23("en").summary).not.toContain("gave no share");
  });

  it("says what the press claimed of a match only on the chart it concerns", () => {
    expect(build23("ru").summary).toContain("NewTimes.kz");
    expect(build(EXIT_POLLS_CHART_ID, "ru").summary).not.toContain("NewTimes.kz");
  });
});
