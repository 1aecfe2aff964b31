import { describe, expect, it } from "vitest";

import {
  clipLabel,
  compact,
  formatDate,
  formatDateInProse,
  formatFigure,
  formatFigureInWords,
  formatNumber,
  formatPeriod,
  grouped,
} from "./format";

describe(formatFigure, () => {
  it("keeps what the text claims", () => {
    expect(formatFigure(45000000000, "usd", "more_than", 2, "en")).toBe("> $45 billion");
    expect(formatFigure(17000000000, "usd", "almost", 2, "en")).toBe("≈ $17 billion");
    expect(formatFigure(6000, "people", "more_than", 2, "en")).toBe("> 6,000");
    expect(formatFigure(4000, "count", "approx", 2, "en")).toBe("≈ 4,000");
    expect(formatFigure(81.31, "percent", "exact", 2, "en")).toBe("81.31%");
  });
});

describe(formatNumber, () => {
  it("shows percentages to the stated decimals", () => {
    expect(formatNumber(5.8, "percent", 2, "en")).toBe("5.80%");
    expect(formatNumber(69.44, "percent", 1, "en")).toBe("69.4%");
  });
  it("keeps the decimals of a fractional count and none of a whole one", () => {
    // A seat quotient: 3,431,510 votes over a quota of 86,546.65 is 39.649 seats.
    expect(formatNumber(39.6493, "count", 3, "ru")).toBe("39,649");
    expect(formatNumber(39, "count", 3, "en")).toBe("39");
  });

  it("writes large round counts in words and others in full", () => {
    expect(formatNumber(6500000, "people", 2, "en")).toBe("6.5 million");
    expect(formatNumber(6456393, "votes", 2, "en")).toBe("6,456,393");
    expect(formatNumber(-83322, "votes", 2, "en")).toBe("−83,322");
  });
  it("formats ordinals, years, factors and signed points", () => {
    expect(
      [1, 2, 3, 4, 11, 12, 13, 14, 21, 22, 25, 77, 112].map((n) =>
        formatNumber(n, "ordinal", 0, "en"),
      ),
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
    expect(formatNumber(77, "years", 2, "en")).toBe("77 years");
    expect(formatNumber(2, "factor", 2, "en")).toBe("×2");
    expect(formatNumber(10.35, "points", 2, "en")).toBe("+10.35 pts");
    expect(formatNumber(-8.1, "points", 2, "en")).toBe("−8.10 pts");
  });
});

describe(formatDate, () => {
  it("uses the calendar date as written, whatever the offset", () => {
    expect(formatDate("2022-11-22", "en")).toBe("22 Nov 2022");
    expect(formatDate("2022-11-20T22:00:00+06:00", "en")).toBe("20 Nov 2022");
  });
});

describe(formatPeriod, () => {
  it("formats years, months, days and intervals", () => {
    expect(formatPeriod("2021", "en")).toBe("2021");
    expect(formatPeriod("2022-06", "en")).toBe("Jun 2022");
    expect(formatPeriod("2022-09-14/2022-09-15", "en")).toBe("14–15 Sep 2022");
  });
});

describe("Kazakh and Russian place and inflect the words around a number", () => {
  it("puts the Kazakh qualifier after the number, in the case it governs", () => {
    expect(formatFigureInWords(6000, "people", "more_than", 0, "kk")).toBe("6\u00a0000-нан астам");
    expect(formatFigureInWords(45e9, "usd", "more_than", 0, "kk")).toBe(
      "45\u00a0млрд\u00a0доллардан астам",
    );
    expect(formatFigureInWords(17e9, "usd", "almost", 0, "kk")).toBe(
      "17\u00a0млрд\u00a0долларға жуық",
    );
    expect(formatFigureInWords(30, "count", "more_than", 0, "kk")).toBe("30-дан астам");
    expect(formatFigureInWords(4000, "count", "approx", 0, "kk")).toBe("шамамен 4\u00a0000");
  });
  it("puts the Russian and English qualifier before it", () => {
    expect(formatFigureInWords(45e9, "usd", "more_than", 0, "ru")).toBe("более $45\u00a0млрд");
    expect(formatFigureInWords(17e9, "usd", "almost", 0, "en")).toBe("almost $17 billion");
    expect(formatFigureInWords(81.31, "percent", "exact", 2, "ru")).toBe("81,31\u00a0%");
  });
  it("writes dollars after the number in Kazakh and points in words", () => {
    expect(formatNumber(45e9, "usd", 0, "kk")).toBe("45\u00a0млрд\u00a0доллар");
    expect(formatNumber(10.35, "points", 2, "kk")).toBe("+10,35\u00a0пайыздық тармақ");
    expect(formatNumber(-8.1, "points", 2, "ru")).toBe("−8,10\u00a0п.\u00a0п.");
  });
  it("agrees a Russian ordinal with its noun's gender", () => {
    expect(formatNumber(12, "ordinal", 0, "ru", "f")).toBe("12-я");
    expect(formatNumber(4, "ordinal", 0, "ru", "n")).toBe("4-е");
    expect(formatNumber(25, "ordinal", 0, "ru", "m")).toBe("25-й");
    expect([6, 9, 25, 100, 1000].map((n) => formatNumber(n, "ordinal", 0, "kk"))).toEqual([
      "6-шы",
      "9-шы",
      "25-ші",
      "100-ші",
      "1000-шы",
    ]);
  });
  it("writes a span within a month once, and «года» after a year in a Russian sentence", () => {
    expect(formatPeriod("2022-09-14/2022-09-15", "ru")).toBe("14–15 сентября 2022 года");
    expect(formatPeriod("2022-09-14/2022-09-15", "kk")).toBe("2022 жылғы 14–15 қыркүйек");
    expect(formatPeriod("2022-08-30/2022-09-02", "en")).toBe("30 Aug 2022 – 2 Sep 2022");
    expect(formatDateInProse("2022-11-21", "ru")).toBe("21 ноября 2022 года");
    expect(formatDate("2022-11-21", "ru")).toBe("21 ноября 2022");
    expect(formatNumber(77, "years", 0, "ru")).toBe("77\u00a0лет");
    expect(formatNumber(21, "years", 0, "ru")).toBe("21\u00a0год");
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
    for (const n of samples()) expect(compact(n, "en"), String(n)).toBe(intl.format(n));
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

describe("formatting in Russian and Kazakh", () => {
  const NB = "\u00a0";

  it("writes units with the locale's separators and words", () => {
    expect(formatNumber(81.31, "percent", 2, "ru")).toBe(`81,31${NB}%`);
    expect(formatNumber(81.31, "percent", 2, "kk")).toBe("81,31%");
    expect(formatNumber(45e9, "usd", 0, "ru")).toBe(`$45${NB}млрд`);
    expect(formatNumber(17e9, "usd", 0, "kk")).toBe(`17${NB}млрд${NB}доллар`);
    expect(formatNumber(6.5e6, "people", 0, "ru")).toBe(`6,5${NB}млн`);
    expect(formatNumber(6456392, "votes", 0, "kk")).toBe(`6${NB}456${NB}392`);
    expect(formatNumber(-8.1, "points", 2, "ru")).toBe(`−8,10${NB}п.${NB}п.`);
    expect(formatNumber(30, "years", 0, "ru")).toBe(`30${NB}лет`);
    expect(formatNumber(21, "years", 0, "ru")).toBe(`21${NB}год`);
    expect(formatNumber(3, "years", 0, "ru")).toBe(`3${NB}года`);
    expect(formatNumber(30, "years", 0, "kk")).toBe(`30${NB}жыл`);
  });

  it("writes ordinals as each language does", () => {
    expect([1, 2, 25, 111].map((n) => formatNumber(n, "ordinal", 0, "ru"))).toEqual([
      "1-й",
      "2-й",
      "25-й",
      "111-й",
    ]);
    // бірінші, алтыншы, тоғызыншы, оныншы, жиырма бесінші, жиырма алтыншы, қырқыншы, елуінші,
    // жүзінші, мыңыншы.
    expect(
      [1, 6, 9, 10, 25, 26, 40, 50, 100, 1000].map((n) => formatNumber(n, "ordinal", 0, "kk")),
    ).toEqual([
      "1-ші",
      "6-шы",
      "9-шы",
      "10-шы",
      "25-ші",
      "26-шы",
      "40-шы",
      "50-ші",
      "100-ші",
      "1000-шы",
    ]);
  });

  it("names days and months as the press does", () => {
    expect(formatDate("2022-11-20", "ru")).toBe("20 ноября 2022");
    expect(formatDate("2022-11-20T20:00:00+06:00", "kk")).toBe("2022 жылғы 20 қараша");
    expect(formatPeriod("2022-06", "ru")).toBe("июнь 2022");
    expect(formatPeriod("2022-06", "kk")).toBe("2022 жылғы маусым");
    expect(formatFigure(45e9, "usd", "more_than", 0, "ru")).toBe(`> $45${NB}млрд`);
  });
});
