import { describe, expect, it } from "vitest";

import { readDataDir } from "../store";
import { checkSourceDates } from "./source-dates";

const source = (id: string, published: string | null = null) => ({ id, published });

describe(checkSourceDates, () => {
  const sources = [
    source("same-day", "2022-11-20"),
    source("next-day", "2022-11-21"),
    source("undated"),
  ];
  const revision = (sourceIds: string[], confirmingSourceIds?: string[]) => ({
    file: "r.json",
    asOf: "2022-11-20T22:00:00+06:00",
    sourceIds,
    confirmingSourceIds,
  });

  it("accepts sources out by the revision's day, and undated ones", () => {
    expect(checkSourceDates(sources, [revision(["same-day", "undated"], ["next-day"])])).toEqual(
      [],
    );
  });

  it("names a source published after the revision's asOf, with its date and where it belongs", () => {
    const [found] = checkSourceDates(sources, [revision(["same-day", "next-day"])]);
    expect(found).toMatchObject({ file: "r.json", path: "sourceIds[1]" });
    expect(found!.message).toContain('"next-day" was published on 2022-11-21');
    expect(found!.message).toContain("confirmingSourceIds");
  });

  it("refuses a source listed both as a source and as a confirming one", () => {
    expect(checkSourceDates(sources, [revision(["same-day"], ["same-day"])])).toHaveLength(1);
  });

  it("holds for every revision in data/", async () => {
    const read = await readDataDir();
    expect(read.ok).toBe(true);
  });
});
