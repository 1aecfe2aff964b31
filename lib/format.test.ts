import { describe, expect, it } from "vitest";

import { formatDate, formatFigure, formatNumber, formatPeriod } from "./format";

describe(formatFigure, () => {
  it("keeps what the text claims", () => {
    expect(formatFigure(45000000000, "usd", "more_than")).toBe("> $45 billion");
    expect(formatFigure(17000000000, "usd", "almost")).toBe("≈ $17 billion");
    expect(formatFigure(6000, "people", "more_than")).toBe("> 6,000");
    expect(formatFigure(4000, "count", "approx")).toBe("≈ 4,000");
    expect(formatFigure(81.31, "percent", "exact")).toBe("81.31%");
  });
});

describe(formatNumber, () => {
  it("shows percentages to the stated decimals", () => {
    expect(formatNumber(5.8, "percent")).toBe("5.80%");
    expect(formatNumber(69.44, "percent", 1)).toBe("69.4%");
  });
  it("writes large round counts in words and others in full", () => {
    expect(formatNumber(6500000, "people")).toBe("6.5 million");
    expect(formatNumber(6456393, "votes")).toBe("6,456,393");
    expect(formatNumber(-83322, "votes")).toBe("−83,322");
  });
  it("formats ordinals, years, factors and signed points", () => {
    expect(
      [1, 2, 3, 4, 11, 12, 13, 14, 21, 22, 25, 77, 112].map((n) => formatNumber(n, "ordinal")),
    ).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "14th",
      "21st",
      "22nd",
      "25th",
      "77th",
      "112th",
    ]);
    expect(formatNumber(77, "years")).toBe("77 years");
    expect(formatNumber(2, "factor")).toBe("×2");
    expect(formatNumber(10.35, "points")).toBe("+10.35 pts");
    expect(formatNumber(-8.1, "points")).toBe("−8.10 pts");
  });
});

describe(formatDate, () => {
  it("uses the calendar date as written, whatever the offset", () => {
    expect(formatDate("2022-11-22")).toBe("22 Nov 2022");
    expect(formatDate("2022-11-20T22:00:00+06:00")).toBe("20 Nov 2022");
  });
});

describe(formatPeriod, () => {
  it("formats years, months, days and intervals", () => {
    expect(formatPeriod("2021")).toBe("2021");
    expect(formatPeriod("2022-06")).toBe("Jun 2022");
    expect(formatPeriod("2022-09-14/2022-09-15")).toBe("14 Sep 2022 – 15 Sep 2022");
  });
});
