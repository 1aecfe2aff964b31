import { readFileSync } from "node:fs";
import path from "node:path";

import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "@/test/data-dir";
import { realDataInEveryLanguage } from "@/test/localized-data";
import { formatNumber } from "@/lib/format";
import type { DashboardData } from "@/lib/data/loader";
import { observerCounts } from "@/lib/data/observers";
import { LOCALES, type Locale } from "@/lib/i18n/locale";

import { ObserverCounts } from "./observer-counts";

type Observers = {
  total: number;
  fromOrganisations: number;
  organisations: number;
  fromCountries: number;
  countries: number;
  sourceIds: string[];
  otherReadings: { total: number; sourceIds: string[] }[];
};

/** The 2022 final revision's observers, read straight from its file. */
const file = (): Observers =>
  (
    JSON.parse(
      readFileSync(
        path.join(
          REAL_DATA_DIR,
          "datasets/kz-2022-presidential/revisions/2022-11-22T1200-final.json",
        ),
        "utf8",
      ),
    ) as { observers: Observers }
  ).observers;

let data: Record<Locale, DashboardData>;
beforeAll(async () => {
  data = await realDataInEveryLanguage();
});

const render = (d: DashboardData) =>
  renderToStaticMarkup(
    <ObserverCounts
      observers={observerCounts(d)["kz-2022-presidential"]!}
      sources={d.sources}
      locale={d.locale}
    />,
  );

describe("observers accredited for a vote", () => {
  it("are listed for the votes whose newest revision states them, and only those", () => {
    expect(Object.keys(observerCounts(data.en))).toEqual(["kz-2022-presidential"]);
  });

  it.each(LOCALES)("in %s, give every count of the file and the other report's total", (locale) => {
    const o = file();
    const html = render(data[locale]);
    const n = (v: number) => formatNumber(v, "count", 0, locale);
    for (const v of [o.total, o.fromOrganisations, o.organisations, o.fromCountries, o.countries])
      expect(html, String(v)).toContain(n(v));
    const other = html.slice(html.indexOf("data-other-reading"));
    expect(other).toContain(n(o.otherReadings[0]!.total));
    expect(html).not.toMatch(/observers\./);
  });

  it("links each total to its own sources", () => {
    const o = file();
    const html = render(data.en);
    const [stated, other] = html.split("data-other-reading");
    const url = (id: string) => data.en.sources.find((s) => s.id === id)!.url;
    for (const id of o.sourceIds) expect(stated).toContain(url(id));
    for (const id of o.otherReadings[0]!.sourceIds) expect(other).toContain(url(id));
    expect(other).not.toContain(url(o.sourceIds[0]!));
  });
});
