import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../test/data-dir";
import { readDataDir } from "./store";
import type { DataSet } from "./dataset";
import { toDerivedFigures } from "./derived";

let data: DataSet;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  data = result.data;
});

function byId(id: string) {
  const f = toDerivedFigures(data, "en").find((d) => d.id === id);
  if (!f) throw new Error(`no derived figure ${id}`);
  return f;
}

describe(toDerivedFigures, () => {
  // Expected values are the DERIVED rows of the facts file, worked out by hand from the CEC figures.
  it("adds the 2022 options up to 7,940,478 valid votes", () => {
    expect(byId("valid-votes-2022").value).toBe(7940478);
    expect(byId("valid-votes-2022").formula).toContain("7,940,478");
  });

  it("leaves 359,568 ballots issued but not valid", () => {
    expect(byId("ballots-not-valid-2022").value).toBe(8300046 - 7940478);
    expect(byId("ballots-not-valid-2022").value).toBe(359568);
  });

  it("puts Tokayev's 2022 votes at 54.01% of registered voters", () => {
    expect(byId("tokayev-share-of-registered-2022").value).toBe(54.01);
  });

  it("computes the 2019 to 2022 changes in percentage points and votes", () => {
    expect(byId("turnout-change-2019-2022")).toMatchObject({ value: -8.1, unit: "points" });
    expect(byId("tokayev-share-change-2019-2022")).toMatchObject({ value: 10.35, unit: "points" });
    expect(byId("turnout-change-2019-2022").formula).toBe(
      "69.44% \u2212 77.54% = \u22128.10 points",
    );
    expect(byId("tokayev-votes-change-2019-2022")).toMatchObject({ value: -83322, unit: "votes" });
    expect(byId("tokayev-votes-change-2019-2022").formula).toBe(
      "6,456,393 − 6,539,715 = \u221283,322",
    );
  });

  it("counts the five twin-city pairs", () => {
    expect(byId("twin-city-pairs").value).toBe(5);
  });

  it("marks every derived figure as computed and cites its sources", () => {
    for (const f of toDerivedFigures(data, "en")) {
      expect(f.qualifier).toBe("computed");
      expect(f.sourceIds.length).toBeGreaterThan(0);
      for (const id of f.sourceIds) expect(data.sources.some((s) => s.id === id)).toBe(true);
    }
  });

  it("follows the newest revision", () => {
    const e22 = data.elections.find((e) => e.meta.id === "kz-2022-presidential")!;
    const edited: DataSet = {
      ...data,
      elections: data.elections.map((e) =>
        e === e22 ? { ...e, revisions: e.revisions.slice(0, 1) } : e,
      ),
    };
    // The preliminary result had Tokayev one vote lower.
    expect(toDerivedFigures(edited, "en").find((f) => f.id === "valid-votes-2022")!.value).toBe(
      7940477,
    );
  });
});
