import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../../test/data-dir";
import type { DashboardData } from "../../data/loader";
import { readDataDir } from "../../data/store";
import { toDashboardData } from "../../data/dashboard-data";
import { LOCALES } from "../../i18n/locale";
import { findChartSpec } from "./registry";

let data: Awaited<ReturnType<typeof readDataDir>> & { ok: true };
beforeAll(async () => {
  const read = await readDataDir(REAL_DATA_DIR);
  if (!read.ok) throw new Error("real data must validate");
  data = read;
});

const build = (locale: (typeof LOCALES)[number]): DashboardData =>
  toDashboardData(toDashboardData(data.data, "en"), locale);

describe("counts the CEC did not publish", () => {
  it("the data holds no official invalid-ballot count for 2022 or 2023", () => {
    for (const id of ["kz-2022-presidential", "kz-2023-mazhilis"]) {
      const e = data.data.elections.find((x) => x.meta.id === id)!;
      expect(
        e.revisions.every((r) => r.electorate.invalidVotes === undefined),
        id,
      ).toBe(true);
    }
  });

  it("the electorate chart says so in every language, beside the issued-minus-valid difference", () => {
    const says = {
      en: "published no count of invalid ballots",
      ru: "Число недействительных бюллетеней ЦИК не публиковала",
      kk: "жарамсыз бюллетеньдер санын жарияламады",
    };
    for (const locale of LOCALES) {
      const model = findChartSpec("kz-2022-electorate")!.build(build(locale))!;
      expect(model.summary, locale).toContain(says[locale]);
    }
  });
});
