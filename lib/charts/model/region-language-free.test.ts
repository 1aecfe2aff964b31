import { beforeAll, describe, expect, it } from "vitest";

import { realDataInEveryLanguage } from "../../../test/localized-data";
import type { DashboardData } from "../../data/dashboard-data";
import { LOCALES, type Locale } from "../../i18n/locale";
import { toRegionProfile } from "./region-profile";
import { toRegionVotes } from "./region-votes";

/**
 * A region's models hold ids, numbers and Text, never words: built from the data as a Kazakh, a
 * Russian or an English reader sees it, each is the same object. The page puts them into words.
 */
let data: Record<Locale, DashboardData>;
beforeAll(async () => {
  data = await realDataInEveryLanguage();
});

const MODELS = [
  ["toRegionProfile", toRegionProfile],
  ["toRegionVotes", toRegionVotes],
] as const;

describe.each(MODELS)("%s", (_, model) => {
  it("is the same in every language, for every region and city", () => {
    const ids = data.en.units.map((u) => u.id);
    // Every unit has a page with both: a model that built for none would prove nothing.
    expect(ids.filter((id) => model(data.en, id) === undefined)).toEqual([]);
    for (const id of ids) {
      const en = model(data.en, id);
      for (const locale of LOCALES) expect(model(data[locale], id), `${id} ${locale}`).toEqual(en);
    }
  });
});
