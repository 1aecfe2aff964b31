import { describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../test/data-dir";
import { toDerivedFigures } from "./derived";
import { readDataDir } from "./store";
import { isSingleSourceFigure, isSingleSourceRevision, singleSourceCount } from "./single-source";

describe("figures that rest on one source", () => {
  it("counts an article figure held against an official result as two sources, one alone as one", () => {
    const base = { id: "x", qualifier: "exact" } as never as Parameters<
      typeof isSingleSourceFigure
    >[0];
    expect(isSingleSourceFigure({ ...base, checkAgainst: undefined } as never)).toBe(true);
    expect(
      isSingleSourceFigure({ ...base, checkAgainst: { dataset: "d", measure: "share" } } as never),
    ).toBe(false);
    expect(isSingleSourceRevision({ sourceIds: ["a"] })).toBe(true);
    expect(isSingleSourceRevision({ sourceIds: ["a"], confirmingSourceIds: ["b"] })).toBe(false);
    expect(isSingleSourceRevision({ sourceIds: ["a", "a"] })).toBe(true);
  });

  it("finds the 20:00 release of 2022, which one outlet alone printed, and the article's own figures", async () => {
    const read = await readDataDir(REAL_DATA_DIR);
    if (!read.ok) throw new Error("real data must validate");
    const count = singleSourceCount(read.data, toDerivedFigures(read.data, "en"));
    expect(count.revisions).toContain("kz-2022-turnout-intraday/2022-11-20T2000-preliminary");
    const unchecked = read.data.figures.filter((f) => !f.checkAgainst).map((f) => f.id);
    expect(count.figures).toEqual(unchecked);
    expect(count.figures).not.toContain("tokayev-vote-share-2022");
  });

  it("finds the counts beside a result that one source alone gives, in the newest revision", async () => {
    const read = await readDataDir(REAL_DATA_DIR);
    if (!read.ok) throw new Error("real data must validate");
    const { counts } = singleSourceCount(read.data, toDerivedFigures(read.data, "en"));
    // Hand-checked against the facts sheet: one paper gives 2019's stations abroad, one page the
    // 2022 observers, one agency the 2022 stations at home; the totals have two or more.
    expect(counts).toEqual(
      expect.arrayContaining([
        "kz-2019-presidential pollingStations.abroad",
        "kz-2022-presidential pollingStations.domestic",
        "kz-2022-presidential observers.total",
      ]),
    );
    expect(counts).not.toContain("kz-2019-presidential pollingStations.total");
    expect(counts).not.toContain("kz-2023-mazhilis pollingStations.total");
  });
});
