import { describe, expect, it } from "vitest";

import { inflect } from "./inflect";
import { fillMessage, placeholderNames } from "./message-format";

describe(fillMessage, () => {
  it("puts values in place and leaves unknown placeholders visible", () => {
    expect(fillMessage("{a} and {b}", { a: "One" }, "en", { inflect })).toBe("One and {b}");
  });
  it("adds the Kazakh case a message asks for, and nothing in Russian", () => {
    expect(fillMessage("{value|abl} астам", { value: "6\u00a0000" }, "kk", { inflect })).toBe(
      "6\u00a0000-нан астам",
    );
    expect(fillMessage("{value|dat} жуық", { value: "17" }, "kk", { inflect })).toBe("17-ге жуық");
    expect(fillMessage("{value|ord}", { value: 22 }, "en", { inflect })).toBe("22nd");
    expect(fillMessage("{value|ord}", { value: 13 }, "en", { inflect })).toBe("13th");
    expect(fillMessage("{value}-я", { value: 12 }, "ru", { inflect })).toBe("12-я");
  });
  it("capitalises a value that starts a sentence, and only there", () => {
    const text = "{name}: явка выросла. {name} — на {rank}-м месте; область {other}";
    expect(
      fillMessage(text, { name: "область Абай", rank: 4, other: "ниже" }, "ru", { inflect }),
    ).toBe("Область Абай: явка выросла. Область Абай — на 4-м месте; область ниже");
    expect(fillMessage("{m} 2022", { m: "июнь" }, "ru", { capitalise: false, inflect })).toBe(
      "июнь 2022",
    );
  });
});

describe(placeholderNames, () => {
  it("names a placeholder once whatever ending it takes", () => {
    expect(placeholderNames("{value|abl} астам, {count}")).toEqual(["value", "count"]);
  });
});
