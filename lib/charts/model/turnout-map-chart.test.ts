import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../../test/data-dir";
import { toDashboardData } from "../../data/dashboard-data";
import type { DashboardData } from "../../data/loader";
import { readDataDir } from "../../data/store";
import { findChartSpec, toViewOptions } from "./registry";
import { turnoutMapChart } from "./turnout-map-chart";

let data: DashboardData;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  data = toDashboardData(result.data);
});

const turnoutOf = (m: ReturnType<typeof turnoutMapChart>, id: string) =>
  m?.rows.find((r) => r.id === id)?.turnout;

describe(turnoutMapChart, () => {
  it("offers every release as a short id, final last (the default)", () => {
    const spec = findChartSpec("kz-2022-turnout-map")!;
    const options = toViewOptions(spec, spec.build(data)!);
    expect(options.releaseIds).toEqual([
      "1005",
      "1205",
      "1405",
      "1605",
      "1805",
      "2000",
      "2200",
      "final",
    ]);
    expect(options.types).toEqual(["map", "table"]);
    expect(options.revisionIds).toEqual([]);
  });

  it("colours by the release asked for (values from the 10:05 and 22:00 files)", () => {
    const early = turnoutMapChart(data, "2022-11-20T1005-preliminary");
    expect(turnoutOf(early, "almaty-city")).toBe(8.42);
    expect(turnoutOf(early, "karaganda")).toBe(32.27);
    expect(early?.release).toBe("1005");
    const late = turnoutMapChart(data, "2022-11-20T2200-preliminary");
    expect(turnoutOf(late, "zhetysu")).toBe(81.42);
  });

  it("shows the 22:00 regions for the final count, which gave none, and says so", () => {
    const final = turnoutMapChart(data)!;
    expect(final.release).toBe("final");
    expect(turnoutOf(final, "zhetysu")).toBe(81.42);
    expect(final.subtitle).toContain("22:00");
    expect(final.subtitle).toContain("the final count gave no regional figures");
    expect(final.status?.revisionId).toBe("2022-11-20T2200-preliminary");
    expect(final.summary).toContain("Nationally: 69.44% (final)");
  });

  it("ranks the units, and lists them in the map's reading order", () => {
    const m = turnoutMapChart(data, "2022-11-20T2200-preliminary")!;
    expect(m.rows.find((r) => r.id === "zhetysu")?.rank).toBe(1);
    expect(m.rows.find((r) => r.id === "almaty-city")?.rank).toBe(20);
    expect(m.rows.slice(0, 3).map((r) => r.id)).toEqual([
      "north-kazakhstan",
      "astana",
      "west-kazakhstan",
    ]);
    expect(m.rows).toHaveLength(20);
  });
});
