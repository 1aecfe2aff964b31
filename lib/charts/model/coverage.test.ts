import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../../test/data-dir";
import type { DataSet } from "../../data/dataset";
import { readDataDir } from "../../data/store";
import { chartElection, spanOf } from "./coverage";

describe(spanOf, () => {
  it("keeps one period as it is and spans several from the first day to the last", () => {
    // Hand-checked: a year runs from 1 January to 31 December; a month to its last day.
    expect(spanOf([])).toBeUndefined();
    expect(spanOf(["2022", "2022"])).toBe("2022");
    expect(spanOf(["2022-11-20", "2019-06-09"])).toBe("2019-06-09/2022-11-20");
    expect(spanOf(["2021", "2022-02"])).toBe("2021-01-01/2022-02-28");
    expect(spanOf(["2022-09-14/2022-09-15", "2022-09-15"])).toBe("2022-09-14/2022-09-15");
  });
});

describe(chartElection, () => {
  let data: DataSet;
  beforeAll(async () => {
    const result = await readDataDir(REAL_DATA_DIR);
    if (!result.ok) throw new Error("real data must validate");
    data = result.data;
  });

  it("names the vote of an election's dataset, and of a turnout dataset through its election", () => {
    // Hand-checked against data/datasets/*/meta.json: the referendum's turnout reports on the referendum.
    expect(chartElection({ datasetId: "kz-2022-referendum" }, data)?.meta.id).toBe(
      "kz-2022-referendum",
    );
    expect(chartElection({ datasetId: "kz-2022-turnout-referendum" }, data)?.meta.id).toBe(
      "kz-2022-referendum",
    );
    expect(chartElection({ datasetId: "kz-2022-turnout-intraday" }, data)?.meta.id).toBe(
      "kz-2022-presidential",
    );
  });

  it("names no vote for a chart without a dataset or with an unknown one", () => {
    expect(chartElection({}, data)).toBeUndefined();
    expect(chartElection({ datasetId: "kz-1999-nothing" }, data)).toBeUndefined();
  });
});
