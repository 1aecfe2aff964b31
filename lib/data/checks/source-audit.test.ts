import { describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../../test/data-dir";
import type { Source } from "../schemas";
import { readDataDir } from "../store";
import { checkSourceAddresses, checkSourcesCited } from "./source-audit";

const at = (url: string) => ({ id: "s", url }) as Source;
const MIRRORS = [{ host: "informburodata.com", of: "informburo.kz" }];

describe(checkSourceAddresses, () => {
  it("refuses a test host and a known mirror, naming the site to cite", () => {
    const [test] = checkSourceAddresses([at("https://test.tengrinews.kz/x")], MIRRORS);
    expect(test!.message).toContain("test.tengrinews.kz is a test or staging host");
    const [mirror] = checkSourceAddresses([at("https://informburodata.com/novosti/x")], MIRRORS);
    expect(mirror!.message).toContain("mirror of informburo.kz");
  });

  it("accepts publishers' own addresses, a trailing-dot host included", () => {
    const urls = [
      "https://tengrinews.kz/x",
      "https://informburo.kz./kaz/x",
      "https://testnews.kz/",
    ];
    expect(checkSourceAddresses(urls.map(at), MIRRORS)).toEqual([]);
  });
});

describe("the sources in data/", () => {
  it("cite each event with a report of its own day where a press report is cited", async () => {
    const read = await readDataDir(REAL_DATA_DIR);
    if (!read.ok) throw new Error("real data must validate");
    const { events, sources } = read.data;
    const inauguration = events.find((e) => e.id === "inauguration-2022")!;
    const press = inauguration.sourceIds
      .map((id) => sources.find((s) => s.id === id)!)
      .filter((s) => s.kind === "press_report");
    expect(press.length).toBeGreaterThan(0);
    expect(press.map((s) => s.published)).toEqual(press.map(() => inauguration.start));
  });

  it("leave no source uncited and none on a test host or mirror", async () => {
    expect((await readDataDir(REAL_DATA_DIR)).ok).toBe(true);
  });
});

describe(checkSourcesCited, () => {
  it("names a source that nothing cites, and none in data/", async () => {
    const read = await readDataDir(REAL_DATA_DIR);
    if (!read.ok) throw new Error("real data must validate");
    expect(checkSourcesCited(read.data)).toEqual([]);
    const extra = { ...read.data.sources[0]!, id: "loose-end" };
    const [found] = checkSourcesCited({ ...read.data, sources: [...read.data.sources, extra] });
    expect(found!.message).toContain('"loose-end" is cited by no figure, event or revision');
  });
});
