import { readFileSync } from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import type { DataSet } from "./dataset";
import { formerNameOn, formerYears, nameIdOn, nameOn } from "./name-on";
import { readDataDir } from "./store";

/** names.json and the newest turnout list as stored, read apart from the loader. */
const DATA = path.resolve(import.meta.dirname, "../../data");
type Former = { id: string; from: string; until: string; en: string; ru: string; kk: string };
const NAMES = (
  JSON.parse(readFileSync(path.join(DATA, "names.json"), "utf8")) as {
    names: { id: string; ru: string; kk: string; formerly?: Former[] }[];
  }
).names;
const ASTANA = NAMES.find((n) => n.id === "astana")!;
const NUR_SULTAN = ASTANA.formerly!.find((f) => f.id === "nur-sultan")!;
const ENGLISH_NOW = (
  JSON.parse(
    readFileSync(path.join(DATA, "datasets/kz-2023-turnout-mazhilis/meta.json"), "utf8"),
  ) as { units: { id: string; name: string }[] }
).units.find((u) => u.id === "astana")!.name;

/** The day before, and the day after, an ISO date. */
const shift = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

let data: DataSet;
beforeAll(async () => {
  const result = await readDataDir();
  if (!result.ok) throw new Error("data/ does not validate");
  data = result.data;
});

describe(nameOn, () => {
  it("names the capital Nur-Sultan from its renaming day to the day before it was Astana again", () => {
    expect([NUR_SULTAN.from, NUR_SULTAN.until]).toEqual(["2019-03-23", "2022-09-17"]);
    for (const day of [NUR_SULTAN.from, "2019-06-09", "2022-06-05", shift(NUR_SULTAN.until, -1)]) {
      expect(nameOn(data, "astana", day, "en"), day).toBe(NUR_SULTAN.en);
      expect(nameOn(data, "astana", day, "ru"), day).toBe(NUR_SULTAN.ru);
      expect(nameOn(data, "astana", day, "kk"), day).toBe(NUR_SULTAN.kk);
    }
    expect(NUR_SULTAN.ru).toBe("город Нур-Султан");
    expect(NUR_SULTAN.kk).toBe("Нұр-Сұлтан қаласы");
  });

  it("names it Astana the day before the first renaming, on the day of the second and after", () => {
    for (const day of [shift(NUR_SULTAN.from, -1), NUR_SULTAN.until, "2022-11-20", "2023-03-19"]) {
      expect(nameOn(data, "astana", day, "en"), day).toBe(ENGLISH_NOW);
      expect(nameOn(data, "astana", day, "ru"), day).toBe(ASTANA.ru);
      expect(nameOn(data, "astana", day, "kk"), day).toBe(ASTANA.kk);
    }
    expect(ENGLISH_NOW).toBe("Astana (city)");
  });

  it("gives a unit never renamed its one name on any day, and an unknown id itself", () => {
    const shymkent = NAMES.find((n) => n.id === "shymkent")!;
    expect(nameOn(data, "shymkent", "2019-06-09", "ru")).toBe(shymkent.ru);
    expect(nameOn(data, "shymkent", "2019-06-09", "en")).toBe("Shymkent (city)");
    expect(nameOn(data, "tokayev", "2019-06-09", "kk")).toBe("Қасым-Жомарт Тоқаев");
    expect(nameOn(data, "atlantis", "2019-06-09", "ru")).toBe("atlantis");
  });
});

describe(nameIdOn, () => {
  it("keys a tile's words by the former name inside its range and by the unit outside it", () => {
    expect(nameIdOn(data.names, "astana", "2019-06-09")).toBe("nur-sultan");
    expect(nameIdOn(data.names, "astana", NUR_SULTAN.until)).toBe("astana");
    expect(nameIdOn(data.names, "karaganda", "2019-06-09")).toBe("karaganda");
    expect(formerNameOn(data.names, "astana", shift(NUR_SULTAN.from, -1))).toBeUndefined();
  });
});

describe(formerYears, () => {
  it("counts the years of a name's first and last day, the day before it was renamed", () => {
    expect(formerYears(NUR_SULTAN)).toEqual({ from: "2019", to: "2022" });
    expect(formerYears({ ...NUR_SULTAN, from: "2001-05-04", until: "2010-01-01" })).toEqual({
      from: "2001",
      to: "2009",
    });
  });
});
