import { describe, expect, it } from "vitest";

import type { Catalogues } from "./catalogue-shape";
import { NUMBER_WORDS } from "./number-words";
import { CATALOGUES } from "./translate";

type Sample = { title: string; count: { one: string; other: string }; nested: { a: string } };
const en: Sample = {
  title: "Title",
  count: { one: "{count} unit", other: "{count} units" },
  nested: { a: "A" },
};

// These are compile-time checks, run by `npm run typecheck`: if the rule stopped catching a
// missing language or key, the @ts-expect-error lines would themselves be errors.
const complete = {
  en,
  ru: {
    title: "Заголовок",
    count: { one: "{count}", few: "{count}", many: "{count}", other: "{count}" },
    nested: { a: "А" },
  },
  kk: { title: "Тақырып", count: { other: "{count}" }, nested: { a: "А" } },
} satisfies Catalogues<Sample>;

// @ts-expect-error Kazakh is missing
const noKazakh = { en, ru: complete.ru } satisfies Catalogues<Sample>;

// @ts-expect-error Russian lacks a nested key English has
const missingKey = { ...complete, ru: { ...complete.ru, nested: {} } } satisfies Catalogues<Sample>;

void noKazakh;
void missingKey;

describe("catalogue shape", () => {
  it("holds for the real catalogues, which the compiler checked", () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual(["en", "kk", "ru"]);
    expect(Object.keys(NUMBER_WORDS).sort()).toEqual(["en", "kk", "ru"]);
  });
});
