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
});
