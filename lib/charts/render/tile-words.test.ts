import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { LOCALES } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import { tileWords } from "./tile-words";

const read = (file: string) =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../..", file), "utf8")) as unknown;

/** Every unit of data/units.json, and every former name in data/names.json, read as stored. */
const UNITS = (read("data/units.json") as { units: { id: string }[] }).units.map((u) => u.id);
const FORMER = (read("data/names.json") as { names: { formerly?: { id: string }[] }[] }).names
  .flatMap((n) => n.formerly ?? [])
  .map((f) => f.id);
const CATALOGUES = Object.fromEntries(
  LOCALES.map((l) => [l, read(`lib/i18n/messages/${l}.json`) as { tiles: Record<string, object> }]),
);

describe(tileWords, () => {
  it.each(LOCALES)("finds a short name and a code in %s for every unit and former name", (l) => {
    expect(UNITS.length).toBeGreaterThan(0);
    expect(FORMER).toContain("nur-sultan");
    for (const id of [...UNITS, ...FORMER])
      for (const kind of ["short", "code"] as const) {
        const word = (CATALOGUES[l]!.tiles[kind] as Record<string, unknown>)[id];
        expect(typeof word === "string" && word.trim() !== "", `${l} tiles.${kind}.${id}`).toBe(
          true,
        );
      }
  });

  it.each(LOCALES)(
    "gives no two tiles one code in %s, so the key below the map is unambiguous",
    (l) => {
      const codes = [...UNITS, ...FORMER].map((id) => tileWords(translator(l), id).code);
      expect(new Set(codes).size).toBe(codes.length);
    },
  );

  it("reads each language's own words, with the review's Russian forms of Ulytau and Almaty Region", () => {
    expect(tileWords(translator("ru"), "ulytau")).toEqual({ short: "Ұлытау", code: "ҰЛЫ" });
    expect(tileWords(translator("ru"), "almaty-region").short).toBe("Алм. обл.");
    expect(tileWords(translator("kk"), "east-kazakhstan")).toEqual({ short: "ШҚО", code: "ШҚО" });
    expect(tileWords(translator("en"), "nur-sultan")).toEqual({ short: "Nur-Sultan", code: "NUR" });
  });
});
