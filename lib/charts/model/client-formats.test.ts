import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../../test/data-dir";
import { toDashboardData } from "../../data/dashboard-data";
import type { DataSet } from "../../data/dataset";
import { readDataDir } from "../../data/store";
import { NUMBER_WORDS } from "../../i18n/number-words";
import { placeholderNames } from "../../i18n/message-format";
import { toDrawable } from "./model";
import { CHART_REGISTRY } from "./registry";

/**
 * The browser formats a chart's numbers with its page's number words and without the Kazakh grammar
 * (lib/i18n/number-words-browser.ts): no drawable chart may ask it for a unit whose pattern needs an
 * ending ({value|ord}, {value|abl}); those are made on the server.
 */
let raw: DataSet;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  raw = result.data;
});

const FILTERED = /\{\w+\|\w+\}/;

describe("what the browser formats", () => {
  it("is never a unit whose Kazakh pattern needs an ending", () => {
    const kk = NUMBER_WORDS.kk;
    const needsEnding = (unit: string) => {
      const pattern = (kk as Record<string, unknown>)[unit];
      const texts = typeof pattern === "string" ? [pattern] : Object.values(pattern ?? {});
      return texts.some((t) => typeof t === "string" && FILTERED.test(t));
    };
    expect(needsEnding("ordinal")).toBe(true);
    const data = toDashboardData(raw, "kk");
    for (const spec of CHART_REGISTRY) {
      const m = spec.build(data);
      if (!m) continue;
      const d = toDrawable(m);
      const units = [d.unit, ...d.table.flatMap((c) => (c.unit ? [c.unit] : []))];
      expect(units.filter(needsEnding), spec.id).toEqual([]);
      expect(d.ui.numbers).toBe(NUMBER_WORDS.kk);
    }
    expect(placeholderNames(kk.qualified.more_than)).toEqual(["value"]);
  });
});
