import { describe, expect, it } from "vitest";

import { describeRanking } from "../charts/model/summary";
import { textIn } from "./resolve-text";
import { join, lit, msg, num } from "./text";

describe(textIn, () => {
  it("capitalises a name that starts a sentence, not one inside a nested message", () => {
    const ranking = describeRanking(
      [
        { label: lit("город Шымкент"), value: 30.92 },
        { label: lit("область Абай"), value: 69.32 },
        { label: lit("область Ұлытау"), value: 60 },
      ],
      "percent",
      2,
      "units",
    );
    const text = textIn(ranking, "ru");
    expect(text).toMatch(/^На первом месте — область Абай/);
    expect(text).toContain("далее — область Ұлытау");
    expect(text).toContain("и город Шымкент");
  });

  it("resolves numbers, messages and joins in the locale", () => {
    const text = join(
      [msg("units.factor"), num(45e9, "usd", 0, { qualifier: "more_than", inWords: true })],
      " ",
    );
    expect(textIn(text, "kk")).toBe("Есе 45\u00a0млрд\u00a0доллардан астам");
    expect(textIn(text, "ru")).toBe("Кратность более $45\u00a0млрд");
  });
});
