import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../test/data-dir";
import type { DataSet } from "../data/dataset";
import { readDataDir } from "../data/store";
import { toDashboardData } from "../data/dashboard-data";
import { resolveText, textContext } from "../text/resolve-text";
import { LOCALES } from "../i18n/locale";
import { toCorrections } from "./corrections";

let data: DataSet;
beforeAll(async () => {
  const read = await readDataDir(REAL_DATA_DIR);
  if (!read.ok) throw new Error("real data must validate");
  data = read.data;
});

describe(toCorrections, () => {
  it("lists each corrected revision once per day, with a sentence per correction", () => {
    const corrected = [...data.elections, ...data.turnouts].flatMap((d) =>
      (d.revisions as { id: string; corrections?: { on: string }[] }[])
        .filter((r) => r.corrections)
        .map((r) => `${d.meta.id}/${r.id}`),
    );
    const entries = toCorrections(data);
    expect(entries.map((e) => `${e.datasetId}/${e.revision.id}`).sort()).toEqual(corrected.sort());
    const total = entries.reduce((n, e) => n + e.changes.length, 0);
    const stored = [...data.elections, ...data.turnouts]
      .flatMap((d) => d.revisions as { corrections?: unknown[] }[])
      .reduce((n, r) => n + (r.corrections?.length ?? 0), 0);
    expect(total).toBe(stored);
  });

  it("says what each replaced, in every language, with no placeholder left", () => {
    const entries = toCorrections(data);
    for (const locale of LOCALES) {
      const ctx = textContext(toDashboardData(data, locale));
      const words = (e: (typeof entries)[number]) => e.changes.map((c) => resolveText(c, ctx));
      const text = entries.flatMap(words).join("\n");
      expect(text, locale).not.toMatch(/[{}]/);
      const listTotal = entries.find((e) => e.datasetId === "kz-2022-turnout-intraday")!;
      // The list total the 22:00 release never printed, grouped as the language writes numbers.
      expect(words(listTotal).join(" ").replace(/\D/g, ""), locale).toContain("11953465");
    }
  });
});
