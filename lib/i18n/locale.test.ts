import { describe, expect, it } from "vitest";

import { LOCALES, negotiateLocale } from "./locale";

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

describe("one list of locales", () => {
  // A language added to lib/i18n/locales.mjs must reach every path pattern: none may spell the
  // list out itself.
  it("is the only place the list of languages is written out", async () => {
    const { readdir, readFile } = await import("node:fs/promises");
    const files = (
      await Promise.all(
        ["app", "components", "lib"].map(async (dir) =>
          (await readdir(dir, { recursive: true })).map((f) => `${dir}/${f}`),
        ),
      )
    )
      .flat()
      .concat("proxy.ts", "next.config.mjs")
      .filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !/\.test\.|locales\.mjs$/.test(f));
    const spelled: string[] = [];
    for (const file of files) {
      const text = await readFile(file, "utf8");
      const permutations = [LOCALES.join("|"), LOCALES.map((l) => `"${l}"`).join(", ")];
      if (permutations.some((p) => text.includes(p))) spelled.push(file);
    }
    expect(spelled).toEqual([]);
  });
});
