import { describe, expect, it } from "vitest";

import { isValidPeriod, parsePeriod } from "./period";

describe(parsePeriod, () => {
  it("expands a year, a month and a day to their first and last days", () => {
    expect(parsePeriod("2021")).toEqual({ start: "2021-01-01", end: "2021-12-31" });
    expect(parsePeriod("2024-02")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(parsePeriod("2023-02")).toEqual({ start: "2023-02-01", end: "2023-02-28" });
    expect(parsePeriod("2022-11-20")).toEqual({ start: "2022-11-20", end: "2022-11-20" });
  });

  it("accepts an interval in order", () => {
    expect(parsePeriod("2022-09-14/2022-09-15")).toEqual({
      start: "2022-09-14",
      end: "2022-09-15",
    });
    expect(parsePeriod("2019-06-09/2022-11-20")).toEqual({
      start: "2019-06-09",
      end: "2022-11-20",
    });
  });

  it.each([
    "2022-02-30",
    "2022-13",
    "2022-00-10",
    "22-11-20",
    "2022/11/20",
    "2022-09-15/2022-09-14",
    "a/b/c",
    "",
  ])("rejects %j", (value) => {
    expect(parsePeriod(value)).toBeNull();
    expect(isValidPeriod(value)).toBe(false);
  });
});
