import { describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../../test/data-dir";
import { inventedSplit } from "../../../test/fixtures/regional/invented-split";
import { toDashboardData } from "../../data/dashboard-data";
import type { ElectionDataset } from "../../data/dataset";
import { readDataDir } from "../../data/store";
import { formatIssue } from "../../data/validation-issue";
import { findChartSpec } from "./registry";
import { regionalNotPublished, regionalNotPublishedLine } from "./regional-note";

const read = await readDataDir(REAL_DATA_DIR);
if (!read.ok) throw new Error(read.issues.map(formatIssue).join("\n"));
const data = read.data;
const election = (id: string) => data.elections.find((e) => e.meta.id === id)!;

describe(regionalNotPublished, () => {
  it("names the Central Election Commission's decree, dated by the final revision", () => {
    // The CEC set the 2022 result on 22 Nov 2022 and the Mazhilis result on 27 Mar 2023.
    expect(regionalNotPublished(election("kz-2022-presidential"))).toEqual({
      commission: "election",
      decreeDate: "2022-11-22",
      revisionId: "2022-11-22T1200-final",
    });
    expect(regionalNotPublished(election("kz-2023-mazhilis"))?.decreeDate).toBe("2023-03-27");
  });

  it("names the referendum commission for a referendum", () => {
    expect(regionalNotPublished(election("kz-2022-referendum"))).toMatchObject({
      commission: "referendum",
      decreeDate: "2022-06-07",
    });
  });

  it("says nothing once a regional file exists, or before a final revision", () => {
    const e = election("kz-2022-presidential");
    const final = "2022-11-22T1200-final";
    const withRegional: ElectionDataset = {
      ...e,
      regional: [{ ...inventedSplit(data, e.meta.id, final), revisionId: final, file: "x" }],
    };
    expect(regionalNotPublished(withRegional)).toBeUndefined();
    const preliminaryOnly = { ...e, revisions: e.revisions.filter((r) => r.status !== "final") };
    expect(regionalNotPublished(preliminaryOnly)).toBeUndefined();
  });
});

describe(regionalNotPublishedLine, () => {
  const cec = { commission: "election", decreeDate: "2022-11-22", revisionId: "r" } as const;
  const crc = { commission: "referendum", decreeDate: "2022-06-07", revisionId: "r" } as const;

  it("words the decree and its date in each language", () => {
    expect(regionalNotPublishedLine(cec, "en")).toContain(
      "Central Election Commission's decree of 22 Nov 2022 on the final results",
    );
    expect(regionalNotPublishedLine(cec, "ru")).toContain(
      "постановлении Центральной избирательной комиссии от 22 ноября 2022",
    );
    expect(regionalNotPublishedLine(cec, "kk")).toMatch(
      /Орталық сайлау комиссиясының .* қаулысында .*\(2022 жылғы 22 қараша\)/,
    );
    expect(regionalNotPublishedLine(crc, "ru")).toContain(
      "постановлении Центральной референдумной комиссии от 7 июня 2022",
    );
    expect(regionalNotPublishedLine(crc, "kk")).toMatch(
      /Орталық референдум комиссиясының .*қаулысында/,
    );
  });
});

describe("election result charts", () => {
  const build = (id: string) =>
    findChartSpec(id)!.build(toDashboardData(data, "en"))!.regionalNotPublished;

  it("carry the line on the result charts and not on the others", () => {
    expect(build("kz-2022-results")?.revisionId).toBe("2022-11-22T1200-final");
    expect(build("kz-2023-mazhilis-votes")?.revisionId).toBe("2023-03-27T1200-final");
    expect(build("kz-2023-mazhilis-seats")).toBeUndefined();
    expect(build("kz-2022-electorate")).toBeUndefined();
  });
});
