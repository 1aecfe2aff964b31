import { beforeAll, describe, expect, it } from "vitest";

import { realDataInEveryLanguage } from "../../../test/localized-data";
import type { DashboardData } from "../../data/dashboard-data";
import { LOCALES, type Locale } from "../../i18n/locale";
import { CHART_REGISTRY } from "./registry";

/**
 * A draft holds ids, numbers and message keys, never words: drafted from the data as a Kazakh, a
 * Russian or an English reader sees it, it is the same object. Words appear only in localizeChart.
 */
let data: Record<Locale, DashboardData>;
beforeAll(async () => {
  data = await realDataInEveryLanguage();
});

describe.each(CHART_REGISTRY.map((s) => [s.id, s] as const))("the draft of %s", (_, spec) => {
  it("is the same in every language, in every vote it shows", () => {
    const votes = spec.draft(data.en)?.votes?.map((v) => v.id) ?? [null];
    for (const vote of votes) {
      const en = spec.draft(data.en, null, { vote });
      expect(en).toBeDefined();
      for (const locale of LOCALES) expect(spec.draft(data[locale], null, { vote })).toEqual(en);
    }
  });
});
