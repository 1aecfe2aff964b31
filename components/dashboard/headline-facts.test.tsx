import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "@/test/data-dir";
import { realDataInEveryLanguage } from "@/test/localized-data";
import { latestRevision } from "@/lib/data/dataset";
import type { DashboardData } from "@/lib/data/loader";
import { LOCALES, type Locale } from "@/lib/i18n/locale";

import { HeadlineFacts } from "./headline-facts";
import { headline, HEADLINE_ELECTION } from "./headline-result";

/** The headline vote's newest revision file, read straight from data/ (files sort by time). */
function newestFile() {
  const dir = path.join(REAL_DATA_DIR, "datasets", HEADLINE_ELECTION, "revisions");
  const newest = readdirSync(dir).sort().at(-1)!;
  return JSON.parse(readFileSync(path.join(dir, newest), "utf8")) as {
    electorate: { registeredVoters: number; ballotsIssued: number };
  };
}

let data: Record<Locale, DashboardData>;
beforeAll(async () => {
  data = await realDataInEveryLanguage();
});

/** The same data with the headline's newest revision changed by `edit`. */
function edited(locale: Locale, edit: (r: Record<string, unknown>) => void): DashboardData {
  const copy = structuredClone(data[locale]);
  const election = copy.elections.find((e) => e.meta.id === HEADLINE_ELECTION)!;
  edit(latestRevision(election.revisions) as unknown as Record<string, unknown>);
  return copy;
}

const render = (d: DashboardData) =>
  renderToStaticMarkup(<HeadlineFacts locale={d.locale} vote={headline(d)} />);

/** Each fact's id and the digits of its figure, as the page writes them. */
function facts(html: string): Record<string, string> {
  return Object.fromEntries(
    [...html.matchAll(/data-fact="(\w+)".*?data-value="(\d+)"[^>]*>([^<]*)</g)].map((m) => [
      m[1],
      `${m[2]}=${m[3]!.replace(/\D/g, "")}`,
    ]),
  );
}

describe("the counts beside the headline", () => {
  it.each(LOCALES)("in %s, are the newest revision's, written in full", (locale) => {
    const file = newestFile();
    const html = render(data[locale]);
    const same = (n: number) => `${n}=${n}`;
    expect(facts(html)).toEqual({
      registered: same(file.electorate.registeredVoters),
      issued: same(file.electorate.ballotsIssued),
    });
    expect(html).toContain(`href="/${locale}/charts/kz-2022-electorate#sources"`);
  });

  it("leave out a count the revision does not state", () => {
    const bare = edited("en", (r) => {
      delete (r.electorate as Record<string, unknown>).ballotsIssued;
    });
    const html = render(bare);
    expect(Object.keys(facts(html))).toEqual(["registered"]);
  });
});
