import { readFileSync } from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../test/data-dir";
import { CHART_REGISTRY } from "../charts/model/registry";
import { toDashboardData } from "./dashboard-data";
import type { DataSet } from "./dataset";
import { readDataDir } from "./store";

let data: DataSet;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  data = result.data;
});

/** The files themselves, read apart from the loader: what each language must show. */
const file = (name: string) =>
  JSON.parse(readFileSync(path.join(REAL_DATA_DIR, name), "utf8")) as unknown;

describe(toDashboardData, () => {
  it("puts each language's names and texts in place, and leaves every number as it was", () => {
    const names = file("names.json") as { names: { id: string; ru: string; kk: string }[] };
    const ru = file("translations/ru.json") as {
      figures: Record<string, { label: string }>;
      events: Record<string, { title: string }>;
    };
    const en = toDashboardData(data, "en");
    const local = toDashboardData(data, "ru");
    const tokayev = names.names.find((n) => n.id === "tokayev")!;
    const results = (d: typeof en) =>
      d.elections.find((e) => e.meta.id === "kz-2022-presidential")!;
    expect(results(local).meta.options.find((o) => o.id === "tokayev")!.name).toBe(tokayev.ru);
    expect(local.figures.map((f) => f.label)).toEqual(
      en.figures.map((f) => ru.figures[f.id]!.label),
    );
    expect(local.events.map((e) => e.title)).toEqual(en.events.map((e) => ru.events[e.id]!.title));
    expect(local.figures.map((f) => f.value)).toEqual(en.figures.map((f) => f.value));
    expect(results(local).revisions.map((r) => r.results)).toEqual(
      results(en).revisions.map((r) => r.results),
    );
    expect(local.derived.map((f) => f.value)).toEqual(en.derived.map((f) => f.value));
    expect(local.derived.map((f) => f.label)).not.toEqual(en.derived.map((f) => f.label));
  });

  it("names a turnout release by its time, and the day's count by its status in the language", () => {
    const kk = toDashboardData(data, "kk")
      .turnouts.find((t) => t.meta.id === "kz-2022-turnout-intraday")!
      .revisions.map((r) => r.label);
    expect(kk.slice(0, 2)).toEqual(["10:05", "12:05"]);
    expect(kk.at(-1)).toBe("Түпкілікті");
  });

  it("names a vote's units as they were called on its day: Nur-Sultan in 2019, Astana in 2023", () => {
    const names = file("names.json") as {
      names: { id: string; ru: string; kk: string; formerly?: Record<string, string>[] }[];
    };
    const astana = names.names.find((n) => n.id === "astana")!;
    const former = astana.formerly![0]!;
    const cityIn = (locale: "ru" | "kk", turnoutId: string) =>
      toDashboardData(data, locale)
        .turnouts.find((t) => t.meta.id === turnoutId)!
        .meta.units.find((u) => u.id === "astana")!.name;
    expect(cityIn("ru", "kz-2019-turnout-presidential")).toBe(former.ru);
    expect(cityIn("kk", "kz-2022-turnout-referendum")).toBe(former.kk);
    expect(cityIn("ru", "kz-2022-turnout-intraday")).toBe(astana.ru);
    expect(cityIn("kk", "kz-2023-turnout-mazhilis")).toBe(astana.kk);
  });

  it("builds every chart in every language with the same rows, in that language's words", () => {
    for (const spec of CHART_REGISTRY) {
      const [en, ru, kk] = (["en", "ru", "kk"] as const).map((l) =>
        spec.build(toDashboardData(data, l)),
      );
      expect(ru!.rows.length, spec.id).toBe(en!.rows.length);
      expect(kk!.title, spec.id).not.toBe(en!.title);
      expect(ru!.summary, spec.id).toMatch(/[а-яё]/);
      expect(kk!.summary, spec.id).toMatch(/[әғқңөұүһі]/);
      expect(kk!.locale).toBe("kk");
    }
  });
});
