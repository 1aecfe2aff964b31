import { describe, expect, it } from "vitest";

import {
  clipLabel,
  compact,
  formatDate,
  formatFigure,
  formatNumber,
  formatPeriod,
  grouped,
} from "./format";

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

// Intl.NumberFormat is the reference the hand-written formatters must match.
describe("hand-written en-US formatting matches Intl", () => {
  const samples = (): number[] => {
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const out = [
      0, -0, 0.5, 1.005, 2.675, 999.95, 999_950, 999_960, 1e6, 1.05e6, 6.45e6, 45e9, 17e9,
    ];
    for (let i = 0; i < 3000; i++) {
      const magnitude = 10 ** Math.floor(next() * 14);
      const value = next() * magnitude * (next() < 0.2 ? -1 : 1);
      out.push(value, Math.round(value), Math.round(value / 1e5) * 1e5);
    }
    return out;
  };

  it("groups thousands and fixes decimals as Intl does", () => {
    for (const decimals of [0, 1, 2, 3]) {
      const intl = new Intl.NumberFormat("en-US", {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      });
      for (const n of samples())
        expect(grouped(n, decimals), `${n} to ${decimals}`).toBe(intl.format(n));
    }
  });

  it("names large numbers as Intl's compact long notation does", () => {
    const intl = new Intl.NumberFormat("en-US", {
      notation: "compact",
      compactDisplay: "long",
      maximumFractionDigits: 1,
    });
    for (const n of samples()) expect(compact(n), String(n)).toBe(intl.format(n));
  });
});

describe(clipLabel, () => {
  it("keeps a label that fits", () => {
    expect(clipLabel("Kassym-Jomart Tokayev", 28)).toBe("Kassym-Jomart Tokayev");
    expect(clipLabel("x".repeat(28), 28)).toBe("x".repeat(28));
  });

  it("cuts at a word boundary, within the limit, and says so", () => {
    const label = "Major joint Russian–Kazakh investment projects";
    expect(clipLabel(label, 28)).toBe("Major joint Russian–Kazakh…");
    expect(clipLabel("Russian regions with direct ties to Kazakh partners", 28)).toBe(
      "Russian regions with direct…",
    );
    expect(clipLabel("Trade with BRICS – countries", 20)).toBe("Trade with BRICS…");
    expect(clipLabel(label, 28).length).toBeLessThanOrEqual(28);
  });

  it("cuts a single over-long word", () => {
    expect(clipLabel("Nationwide-Social-Democratic-Party", 12)).toBe("Nationwide…");
  });
});
