import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../../test/data-dir";
import { toDashboardData, type DashboardData } from "../../data/dashboard-data";
import { readDataDir } from "../../data/store";
import { LOCALES, type Locale } from "../../i18n/locale";
import { CHART_REGISTRY } from "./registry";

/**
 * A draft holds ids, numbers and message keys, never words: drafted from the data as a Kazakh, a
 * Russian or an English reader sees it, it is the same object. Words appear only in localizeChart.
 */
let data: Record<Locale, DashboardData>;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  const raw = result.data;
  data = Object.fromEntries(LOCALES.map((l) => [l, toDashboardData(raw, l)])) as typeof data;
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
