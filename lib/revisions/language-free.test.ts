import { beforeAll, describe, expect, it } from "vitest";

import { realDataInEveryLanguage } from "../../test/localized-data";
import type { DashboardData } from "../data/dashboard-data";
import { LOCALES, type Locale } from "../i18n/locale";
import { toCorrections } from "./corrections";
import { changeSince, toChangeLog } from "./diff";

/**
 * The change log holds ids, numbers and Text, never words: computed from the data as a Kazakh, a
 * Russian or an English reader sees it, it is the same. The page puts it into the reader's words.
 */
let data: Record<Locale, DashboardData>;
beforeAll(async () => {
  data = await realDataInEveryLanguage();
});

describe(toChangeLog, () => {
  it("is the same in every language", () => {
    const en = toChangeLog(data.en);
    expect(en.length).toBeGreaterThan(0);
    for (const locale of LOCALES) expect(toChangeLog(data[locale]), locale).toEqual(en);
  });
});

describe(toCorrections, () => {
  it("is the same in every language", () => {
    const en = toCorrections(data.en);
    expect(en.length).toBeGreaterThan(0);
    for (const locale of LOCALES) expect(toCorrections(data[locale]), locale).toEqual(en);
  });
});

describe(changeSince, () => {
  it("is the same in every language, from every revision a link can pin", () => {
    const datasets = [...data.en.elections, ...data.en.turnouts];
    const pins = datasets.flatMap((d) => d.revisions.slice(0, -1).map((r) => [d.meta.id, r.id]));
    expect(pins.length).toBeGreaterThan(0);
    for (const [datasetId, revisionId] of pins) {
      const en = changeSince(data.en, datasetId!, revisionId!);
      expect(en, `${datasetId} ${revisionId}`).toBeDefined();
      for (const locale of LOCALES)
        expect(changeSince(data[locale], datasetId!, revisionId!), locale).toEqual(en);
    }
  });
});
