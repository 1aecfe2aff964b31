import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../../test/data-dir";
import type { DashboardData } from "../../data/loader";
import { readDataDir } from "../../data/store";
import { toDashboardData } from "../../data/dashboard-data";
import { citedSources } from "./cited-sources";
import { findChartSpec } from "./registry";

let data: DashboardData;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  data = toDashboardData(result.data, "en");
});

describe(citedSources, () => {
  it("lists a revision's later pages after its sources, marked as confirming", () => {
    const model = findChartSpec("kz-2023-mazhilis-votes")!.build(data)!;
    const cited = citedSources(model, data.sources);
    const later = cited.filter((s) => s.confirming);
    expect(later.map((s) => s.id)).toEqual(["electionguide-2023"]);
    expect(cited.at(-1)?.id).toBe("electionguide-2023");
    // Every page a confirming source stands for was published after the revision it confirms.
    const revision = model.status!.asOf.slice(0, 10);
    for (const s of later) expect(s.published! > revision, s.id).toBe(true);
  });

  it("marks nothing where a chart has no later pages, and never lists a source twice", () => {
    const cited = citedSources({ sourceIds: ["a", "b"], confirmingSourceIds: ["b"] }, [
      { id: "a" },
      { id: "b" },
    ] as never);
    expect(cited.map((s) => [s.id, s.confirming ?? false])).toEqual([
      ["a", false],
      ["b", false],
    ]);
  });
});
