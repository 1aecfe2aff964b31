import { describe, expect, it } from "vitest";

import { negotiateLocale } from "./locale";

describe(negotiateLocale, () => {
  it.each([
    ["ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7", "ru"],
    ["kk-KZ,kk;q=0.9,ru;q=0.8", "kk"],
    ["en-GB,en;q=0.9", "en"],
    ["de-DE,de;q=0.9,ru;q=0.5", "ru"],
    ["en;q=0.4,kk;q=0.6", "kk"],
    ["ru;q=0,en", "en"],
    ["fr-FR", "en"],
    ["", "en"],
    [null, "en"],
    ["ru;q=abc,kk;q=2,en;q=0.1", "en"],
    [" KK ; q=0.8 , ru ; q=0.8", "kk"],
  ])("%j → %s", (header, locale) => expect(negotiateLocale(header)).toBe(locale));
});
