import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../../test/data-dir";
import type { DashboardData } from "../../data/loader";
import { toDashboardData } from "../../data/dashboard-data";
import { readDataDir } from "../../data/store";
import { CHART_REGISTRY } from "./registry";
import { SERIES_ROLE_COLORS, type SeriesRole } from "./series-roles";

let data: DashboardData;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  data = toDashboardData(result.data, "en");
});

/**
 * What each series key of the registry measures, read off the models' table columns by hand
 * (e.g. kz-2022-electorate's "count" is a number of ballots, campaign-members' "value" of people).
 * A chart with a key not listed here fails, so a new chart has to say what its series is.
 */
const ROLE_OF_KEY: Record<string, SeriesRole> = {
  share: "share",
  y2022: "share",
  y2019: "earlier",
  turnout: "turnout",
  national: "turnout",
  change: "turnout",
  listSeats: "seats",
  seats: "seats",
  count: "count",
  value: "count",
  total: "count",
};

describe("SERIES_ROLE_COLORS", () => {
  it("gives each role a colour of its own", () => {
    const colors = Object.values(SERIES_ROLE_COLORS);
    expect(new Set(colors).size).toBe(colors.length);
  });

  it("colours every series of every chart by its role", () => {
    for (const spec of CHART_REGISTRY) {
      const model = spec.build(data)!;
      for (const s of model.series) {
        const role = s.muted ? "context" : ROLE_OF_KEY[s.key];
        expect(role, `${spec.id}: ${s.key}`).toBeDefined();
        expect(s.color, `${spec.id}: ${s.key}`).toBe(SERIES_ROLE_COLORS[role!]);
      }
    }
  });
});
