import { describe, expect, it } from "vitest";

import { CHART_COLORS } from "../charts/model/model";
import { REVISION_STATUSES } from "../data/schemas";
import { STATUS_MARK, statusMarkClasses } from "./status-mark";

describe("status marks", () => {
  // Every series colour (the roles of series-roles.ts take theirs from this list) and the highlight.
  const seriesColors = new Set<string>([...CHART_COLORS, "highlight"]);

  it.each(REVISION_STATUSES)("%s is marked in no series' colour", (status) => {
    expect(seriesColors.has(STATUS_MARK[status].color)).toBe(false);
    expect(statusMarkClasses(status)).not.toMatch(/chart-|highlight/);
  });

  it("tells preliminary figures from settled ones by the line's form, not only its ink", () => {
    expect(STATUS_MARK.preliminary.dashed).toBe(true);
    expect(STATUS_MARK.final.dashed).toBe(false);
    expect(statusMarkClasses("preliminary")).toContain("border-dashed");
    expect(statusMarkClasses("final")).toContain("border-solid");
  });
});
