import { readFileSync } from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../../test/data-dir";
import { toDashboardData } from "../../data/dashboard-data";
import { latestRevision, type DataSet } from "../../data/dataset";
import { readDataDir } from "../../data/store";
import { formatNumber } from "../../format";
import type { Locale } from "../../i18n/locale";
import { findChartSpec } from "./registry";

let data: DataSet;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  data = result.data;
});

type NameEntry = { id: string; ru: string; kk: string; prose?: Record<Locale, string> };
/** The names file read apart from the loader: what each language must show. */
const names = (
  JSON.parse(readFileSync(path.join(REAL_DATA_DIR, "names.json"), "utf8")) as {
    names: NameEntry[];
  }
).names;

describe("the 2022 results chart", () => {
  // The runner-up of 2022 is the ballot's against-all column: a label in the table, but in a
  // sentence «графа «против всех»» and «Бәріне қарсымын» бағаны.
  it.each(["ru", "kk"] as const)(
    "names the runner-up in its prose form in the %s summary, and by its label in the table",
    (locale) => {
      const e = data.elections.find((x) => x.meta.id === "kz-2022-presidential")!;
      const [, second] = [...latestRevision(e.revisions).results].sort((a, b) => b.votes - a.votes);
      const entry = names.find((n) => n.id === second!.option)!;
      expect(entry.prose, `${entry.id} has a prose form`).toBeDefined();
      const prose = entry.prose![locale];

      const model = findChartSpec("kz-2022-results")!.build(toDashboardData(data, locale))!;
      const share = formatNumber(second!.share!, "percent", 2, locale);
      expect(model.summary).toContain(`— ${prose} (${share})`);
      // The label may sit inside the prose form (Kazakh quotes it), never outside it.
      expect(model.summary.split(prose).join("")).not.toContain(entry[locale]);
      expect(model.rows.find((r) => r.id === entry.id)?.option).toBe(entry[locale]);
    },
  );

  it("uses the English prose form too", () => {
    const model = findChartSpec("kz-2022-results")!.build(toDashboardData(data, "en"))!;
    const entry = names.find((n) => n.prose)!;
    expect(model.summary).toContain(`${entry.prose!.en} came second`);
  });
});
