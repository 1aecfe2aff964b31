import { describe, expect, it } from "vitest";

import { lastNumeralWord, withKkSuffix } from "./kk-grammar";

describe(lastNumeralWord, () => {
  it("reads the last word of a number aloud (6 500 000 is «алты миллион бес жүз мың»)", () => {
    expect([0, 1, 6, 30, 45, 100, 6000, 6_500_000, 45e9].map(lastNumeralWord)).toEqual([
      "нөл",
      "бір",
      "алты",
      "отыз",
      "бес",
      "жүз",
      "мың",
      "мың",
      "миллиард",
    ]);
  });
});

describe(withKkSuffix, () => {
  // Forms as written in the Kazakh press: «6 000-нан астам», «30-дан астам», «45-тен»,
  // «17 млрд долларға жуық», «5%-дан төмен», «миллиардқа».
  it("gives the ablative by the last sound and vowel of the word read", () => {
    expect(withKkSuffix("6\u00a0000", "abl")).toBe("6\u00a0000-нан");
    expect(withKkSuffix("30", "abl")).toBe("30-дан");
    expect(withKkSuffix("45", "abl")).toBe("45-тен");
    expect(withKkSuffix("20", "abl")).toBe("20-дан");
    expect(withKkSuffix("5%", "abl")).toBe("5%-дан");
    expect(withKkSuffix("45\u00a0млрд\u00a0доллар", "abl")).toBe("45\u00a0млрд\u00a0доллардан");
    expect(withKkSuffix("1,2\u00a0млн", "abl")).toBe("1,2\u00a0млн-нан");
    expect(withKkSuffix("+10,35\u00a0пайыздық тармақ", "abl")).toBe(
      "+10,35\u00a0пайыздық тармақтан",
    );
  });
  it("gives the dative", () => {
    expect(withKkSuffix("17\u00a0млрд\u00a0доллар", "dat")).toBe("17\u00a0млрд\u00a0долларға");
    expect(withKkSuffix("17", "dat")).toBe("17-ге");
    expect(withKkSuffix("4", "dat")).toBe("4-ке");
    expect(withKkSuffix("40", "dat")).toBe("40-қа");
    expect(withKkSuffix("17\u00a0млрд", "dat")).toBe("17\u00a0млрд-қа");
    expect(withKkSuffix("81,31%", "dat")).toBe("81,31%-ға");
  });
  it("reads a decimal by its fraction: 69,44 is read with «төрт» last", () => {
    expect(withKkSuffix("69,44%", "abl")).toBe("69,44%-дан");
    expect(withKkSuffix("69,44", "abl")).toBe("69,44-тен");
  });
});
