import { describe, expect, it } from "vitest";

import {
  formatDateIn,
  groupedIn,
  percentIn,
  plural,
  pluralCategory,
  localizeDigits,
} from "./format-locale";

const INTL = { en: "en-US", ru: "ru-RU", kk: "kk-KZ" } as const;

describe(groupedIn, () => {
  it("groups and marks decimals as Intl does in each locale", () => {
    const values = [0, 7, 81.31, 1234.5, 6456392, 11953465, -2.5, 1e9 + 0.25];
    for (const locale of ["en", "ru", "kk"] as const)
      for (const v of values)
        for (const decimals of [0, 1, 2]) {
          const intl = new Intl.NumberFormat(INTL[locale], {
            minimumFractionDigits: decimals,
            maximumFractionDigits: decimals,
          }).format(v);
          expect(groupedIn(v, decimals, locale), `${locale} ${v} ${decimals}`).toBe(
            intl.replace("\u2212", "-"),
          );
        }
  });

  it("writes ru and kk with a no-break space and a decimal comma", () => {
    expect(groupedIn(6456392.5, 1, "ru")).toBe("6\u00a0456\u00a0392,5");
    expect(localizeDigits("7,940,478", "kk")).toBe("7\u00a0940\u00a0478");
  });
});

describe(percentIn, () => {
  it("matches Intl's percent style", () => {
    for (const locale of ["en", "ru", "kk"] as const)
      expect(percentIn(81.31, 2, locale), locale).toBe(
        new Intl.NumberFormat(INTL[locale], { style: "percent", minimumFractionDigits: 2 }).format(
          0.8131,
        ),
      );
  });
});

describe(formatDateIn, () => {
  it("writes the day as the press of each language does", () => {
    expect(formatDateIn("2022-11-20", "ru")).toBe("20 ноября 2022");
    expect(formatDateIn("2022-11-20", "kk")).toBe("2022 жылғы 20 қараша");
    expect(formatDateIn("2022-11-20T12:00:00+06:00", "en")).toBe("20 Nov 2022");
    expect(formatDateIn("2023-03-01", "ru")).toBe("1 марта 2023");
    expect(formatDateIn("2022-01-05", "kk")).toBe("2022 жылғы 5 қаңтар");
  });

  it("refuses what is not a date", () => {
    for (const bad of ["", "20.11.2022", "2022-13-01", "2022-00-10", "2022-11-32"])
      expect(formatDateIn(bad, "ru"), bad).toBeNull();
  });
});

describe(pluralCategory, () => {
  it("gives Russian's one, few and many as CLDR does", () => {
    const rules = new Intl.PluralRules("ru-RU");
    for (let n = 0; n <= 1000; n++)
      expect(pluralCategory(n, "ru"), String(n)).toBe(rules.select(n));
    expect(pluralCategory(1.5, "ru")).toBe(rules.select(1.5));
  });

  it("picks the word", () => {
    const votes = { one: "голос", few: "голоса", many: "голосов" };
    expect([1, 2, 5, 11, 21, 22, 25, 111].map((n) => plural(n, "ru", votes))).toEqual([
      "голос",
      "голоса",
      "голосов",
      "голосов",
      "голос",
      "голоса",
      "голосов",
      "голосов",
    ]);
    expect(plural(5, "kk", { other: "дауыс" })).toBe("дауыс");
    expect(plural(1, "kk", { other: "дауыс" })).toBe("дауыс");
    expect(plural(1, "kk", { one: "Дереккөз:", other: "Дереккөздер:" })).toBe("Дереккөз:");
    expect(plural(3, "kk", { one: "Дереккөз:", other: "Дереккөздер:" })).toBe("Дереккөздер:");
    expect(plural(1, "en", { one: "vote", other: "votes" })).toBe("vote");
    expect(() => plural(2, "ru", { one: "голос" })).toThrow('no "few" form');
  });
});
