import { describe, expect, it } from "vitest";

import en from "./messages/en.json" with { type: "json" };
import { translator } from "./translate";

describe(translator, () => {
  it("fills placeholders and picks Russian's one, few and many by count", () => {
    const t = translator("ru");
    const words = [1, 2, 5, 11, 21, 22].map((count) =>
      t("ranking.nouns.parties", { count }).split(" ").at(-1),
    );
    // One, few, many, many (11), one (21), few (22): the forms differ where Russian's do.
    expect(new Set([words[0], words[4]]).size).toBe(1);
    expect(new Set([words[1], words[5]]).size).toBe(1);
    expect(new Set([words[2], words[3]]).size).toBe(1);
    expect(new Set(words).size).toBe(3);
    expect(t("header.asOf", { date: "22 ноября 2022" })).toContain("22 ноября 2022");
  });

  it("writes each language's own words, never the key", () => {
    for (const locale of ["kk", "ru"] as const) {
      const t = translator(locale);
      expect(t("nav.economy")).not.toBe(en.nav.economy);
      expect(t("nav.economy")).not.toBe("nav.economy");
    }
    expect(translator("en")("nav.economy")).toBe(en.nav.economy);
  });

  it("leaves a placeholder it was given no value for, rather than printing undefined", () => {
    expect(translator("en")("header.asOf")).toBe(en.header.asOf);
  });
});
