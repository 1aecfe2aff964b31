import { describe, expect, it } from "vitest";

import { ogLocales, toSitePageMetadata } from "./page-metadata";
import { LOCALES } from "../i18n/locale";
import { homePath } from "../site";

describe(ogLocales, () => {
  it("names the page's language as og:locale and the other two as alternates", () => {
    const own = LOCALES.map((l) => ogLocales(l).locale);
    expect(new Set(own).size).toBe(LOCALES.length);
    for (const [i, l] of LOCALES.entries()) {
      const { locale, alternateLocale } = ogLocales(l);
      expect(locale.startsWith(`${l}_`)).toBe(true);
      expect(alternateLocale.sort()).toEqual(own.filter((_, j) => j !== i).sort());
    }
  });

  it("is what a site page's Open Graph tags say", () => {
    for (const l of LOCALES) {
      const meta = toSitePageMetadata(l, homePath, "/", "T", "D");
      expect(meta.openGraph).toMatchObject(ogLocales(l));
    }
  });
});
