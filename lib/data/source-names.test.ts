import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";

import { afterEach, beforeAll, describe, expect, it } from "vitest";

import { copyDataDir, editJson, REAL_DATA_DIR } from "../../test/data-dir";
import { sourcesWithoutOriginalTitle } from "./checks/source-titles";
import { toDashboardData } from "./dashboard-data";
import type { DataSet } from "./dataset";
import type { Source } from "./schemas";
import { langIfOther, shownTitle, shownTitleLanguage } from "./source-names";
import { readDataDir } from "./store";
import { formatIssues } from "./validation-issue";
import { LOCALES } from "../i18n/locale";

/** The files as written, read apart from the loader: what each language must show. */
const file = (name: string) =>
  JSON.parse(readFileSync(path.join(REAL_DATA_DIR, name), "utf8")) as unknown;
const rawSources = (file("sources.json") as { sources: Source[] }).sources;
const publishersIn = (lang: "ru" | "kk") =>
  (file(`translations/${lang}.json`) as { publishers: Record<string, string> }).publishers;

let data: DataSet;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  data = result.data;
});

describe(shownTitle, () => {
  const withOriginal = rawSources.filter((s) => s.originalTitle !== undefined);
  const without = rawSources.filter((s) => s.language !== "en" && s.originalTitle === undefined);

  it("has Kazakh and Russian headlines to show, and pages still without one", () => {
    expect(withOriginal.some((s) => s.language === "ru")).toBe(true);
    expect(withOriginal.some((s) => s.language === "kk")).toBe(true);
    expect(without.length).toBeGreaterThan(0);
  });

  it("gives Kazakh and Russian readers a page's own headline, in its language, and English readers the English", () => {
    for (const s of withOriginal) {
      for (const locale of ["ru", "kk"] as const) {
        expect(shownTitle(s, locale)).toBe(s.originalTitle);
        expect(shownTitleLanguage(s, locale)).toBe(s.language);
      }
      expect(shownTitle(s, "en")).toBe(s.title);
      expect(shownTitleLanguage(s, "en")).toBe("en");
    }
  });

  it("falls back to the English rendering, marked as English, where the headline is missing", () => {
    for (const s of without)
      for (const locale of LOCALES) {
        expect(shownTitle(s, locale)).toBe(s.title);
        expect(shownTitleLanguage(s, locale)).toBe("en");
      }
  });
});

describe(langIfOther, () => {
  it("marks only text in another language than the page's", () => {
    expect(langIfOther("en", "kk")).toBe("en");
    expect(langIfOther("ru", "ru")).toBeUndefined();
  });
});

describe("sources as each language's pages show them", () => {
  it("names every publisher as data/translations does, and each title as shownTitle gives it", () => {
    for (const locale of ["ru", "kk"] as const) {
      const names = publishersIn(locale);
      const shown = toDashboardData(data, locale).sources;
      expect(shown.map((s) => s.publisher)).toEqual(rawSources.map((s) => names[s.publisher]));
      expect(shown.map((s) => s.title)).toEqual(rawSources.map((s) => shownTitle(s, locale)));
    }
    const en = toDashboardData(data, "en").sources;
    expect(en.map((s) => [s.publisher, s.title])).toEqual(
      rawSources.map((s) => [s.publisher, s.title]),
    );
  });

  it("gives the election commission and the UN their names in Russian and Kazakh, not in English", () => {
    const official = rawSources.filter(
      (s) => s.kind === "official_result" || s.url.includes("un.org"),
    );
    expect(official.length).toBeGreaterThan(0);
    for (const locale of ["ru", "kk"] as const)
      for (const s of toDashboardData(data, locale).sources.filter((x) =>
        official.some((o) => o.id === x.id),
      ))
        expect(s.publisher).toMatch(/^[^A-Za-z]+$/);
  });
});

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function problemsAfter(name: string, edit: (json: Record<string, unknown>) => void) {
  const dir = await copyDataDir();
  dirs.push(dir);
  await editJson(dir, name, edit);
  const result = await readDataDir(dir);
  expect(result.ok).toBe(false);
  return result.ok ? "" : formatIssues(result.issues);
}

describe("originalTitle in data/sources.json", () => {
  const index = (pick: (s: Source) => boolean) => rawSources.findIndex(pick);

  it("is refused on a page in English, whose title is its original", async () => {
    const i = index((s) => s.language === "en");
    const text = await problemsAfter("sources.json", (json) => {
      (json.sources as Source[])[i]!.originalTitle = "Anything";
    });
    expect(text).toContain(`sources[${i}].originalTitle`);
    expect(text).toContain("is for a page not in English");
  });

  it("is refused empty", async () => {
    const i = index((s) => s.language !== "en");
    const text = await problemsAfter("sources.json", (json) => {
      (json.sources as Source[])[i]!.originalTitle = "  ";
    });
    expect(text).toContain(`sources[${i}].originalTitle`);
  });

  it("may be missing: the data still loads, and the validator names each page that lacks it", () => {
    const missing = sourcesWithoutOriginalTitle(data.sources);
    const expected = rawSources.filter((s) => s.language !== "en" && !s.originalTitle);
    expect(missing.map((m) => m.path)).toEqual(
      expected.map((s) => `sources[${rawSources.indexOf(s)}].originalTitle`),
    );
    for (const [i, m] of missing.entries()) {
      expect(m.file).toBe("sources.json");
      expect(m.message).toContain(expected[i]!.id);
      expect(m.message).toContain(`published in ${expected[i]!.language}`);
    }
  });
});

describe("publishers in data/translations", () => {
  it("asks for the Russian and Kazakh name of a publisher added in English", async () => {
    const text = await problemsAfter("sources.json", (json) => {
      (json.sources as Source[])[0]!.publisher = "A New Gazette";
    });
    expect(text).toContain('translations/ru.json › publishers["A New Gazette"]');
    expect(text).toContain('translations/kk.json › publishers["A New Gazette"]');
  });

  it("refuses a name for a publisher no source has", async () => {
    const text = await problemsAfter("translations/kk.json", (json) => {
      (json.publishers as Record<string, string>)["No Such Paper"] = "Жоқ газет";
    });
    expect(text).toContain('publishers["No Such Paper"]');
    expect(text).toContain("translates nothing");
  });
});
