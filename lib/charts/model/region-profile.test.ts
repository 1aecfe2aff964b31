import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../../test/data-dir";
import { toDashboardData, type DashboardData } from "../../data/dashboard-data";
import { readDataDir } from "../../data/store";
import { resolveText, textContext } from "../../text/resolve-text";
import type { Text } from "../../text/text";
import { toRegionProfile } from "./region-profile";

let data: DashboardData;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  data = toDashboardData(result.data, "en");
});
/** A text of the model as an English page puts it. */
const en = (text: Text) => resolveText(text, textContext(data));

describe(toRegionProfile, () => {
  it("is undefined for an id that is not a unit", () => {
    expect(toRegionProfile(data, "atlantis")).toBeUndefined();
    expect(toRegionProfile(data, "__proto__")).toBeUndefined();
  });

  it("gives every release with regional figures, not the final count that had none", () => {
    const p = toRegionProfile(data, "zhetysu")!;
    expect(p.releases.map((r) => en(r.release))).toEqual([
      "10:05",
      "12:05",
      "14:05",
      "16:05",
      "18:05",
      "20:00",
      "22:00",
    ]);
  });

  // Expected values are read off ../shared/facts/kz-2022-intraday-turnout.md by hand.
  it("computes changes, ranks and the gap to the country from the releases", () => {
    const p = toRegionProfile(data, "zhetysu")!;
    const at = (label: string) => p.releases.find((r) => en(r.release) === label)!;
    expect(at("10:05").change).toBeNull();
    expect(at("12:05").change).toBe(16.6); // 42.18 − 25.58
    expect(at("22:00").change).toBe(-0.01); // 81.42 − 81.43
    expect(at("22:00").rank).toBe(1);
    expect(at("22:00").of).toBe(20);
    expect(at("22:00").gap).toBe(11.99); // 81.42 − 69.43
    const almaty = toRegionProfile(data, "almaty-city")!;
    expect(almaty.releases.every((r) => r.rank === 20)).toBe(true);
  });

  it("ranks tied units together (Akmola and Kostanay, both 71.38% at 16:05)", () => {
    const at1605 = (id: string) =>
      toRegionProfile(data, id)!.releases.find((r) => en(r.release) === "16:05")!;
    const [akmola, kostanay] = [at1605("akmola"), at1605("kostanay")];
    expect(akmola.rank).toBe(kostanay.rank);
  });

  it("writes the biggest rise and any fall into its summary", () => {
    const astana = en(toRegionProfile(data, "astana")!.summary);
    expect(astana).toContain("between 12:05 and 14:05 (+20.46 pts)"); // 39.79 − 19.33
    expect(astana).toContain("It fell between 20:00 and 22:00 (−0.07 pts)");
    expect(en(toRegionProfile(data, "abai")!.summary)).not.toContain("fell");
  });
});
