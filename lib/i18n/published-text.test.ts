import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../test/data-dir";
import { CHART_REGISTRY } from "../charts/model/registry";
import { toRegionProfile } from "../charts/model/region-profile";
import { toRegionVotes } from "../charts/model/region-votes";
import { toDashboardData, type DashboardData } from "../data/dashboard-data";
import type { DataSet } from "../data/dataset";
import { readDataDir } from "../data/store";
import { formatFigure } from "../format";
import { toCorrections } from "../revisions/corrections";
import { toChangeLog } from "../revisions/diff";
import { resolveText, textContext } from "../text/resolve-text";
import type { Locale } from "./locale";

/**
 * Every sentence the product assembles from the real data, in Kazakh and Russian, against the rules
 * of the language review (../shared/reviews/language-review-kk-ru.md): the errors it found were in
 * text put together by code, which no catalogue check sees.
 */

let raw: DataSet;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  raw = result.data;
});

interface Sentence {
  where: string;
  text: string;
}

/** Every chart's title, subtitle and summary in each of its votes, and the other assembled text. */
function assembled(data: DashboardData): Sentence[] {
  const out: Sentence[] = [];
  const add = (where: string, text: string | undefined) => {
    if (text) out.push({ where, text });
  };
  for (const spec of CHART_REGISTRY) {
    const base = spec.build(data);
    const votes = base?.votes?.map((v) => v.id) ?? [null];
    for (const vote of votes) {
      const m = vote ? spec.build(data, null, { vote }) : base;
      if (!m) continue;
      add(`${m.id} title`, m.title);
      add(`${m.id}${vote ? ` (${vote})` : ""} summary`, m.summary);
    }
  }
  const units = new Set(data.units.map((u) => u.id));
  const text = textContext(data);
  for (const id of units) {
    const day = toRegionProfile(data, id)?.summary;
    const votes = toRegionVotes(data, id)?.summary;
    add(`region ${id} day`, day && resolveText(day, text));
    add(`region ${id} votes`, votes && resolveText(votes, text));
  }
  for (const entry of toChangeLog(data))
    for (const line of entry.changes) add(`change ${entry.datasetId}`, resolveText(line, text));
  for (const entry of toCorrections(data))
    for (const line of entry.changes) add(`change ${entry.datasetId}`, resolveText(line, text));
  for (const f of data.derived) {
    add(`formula ${f.id}`, f.formula);
    add(`derived ${f.id}`, f.description);
  }
  for (const f of data.figures) add(`figure ${f.id}`, f.description);
  for (const e of data.events) add(`event ${e.id}`, e.description);
  return out;
}

// Abbreviations whose full stop ends no sentence.
const ABBREVIATIONS = /(?<!\p{L})(?:п\.\s?п|п\.\s?т|тыс|г|ж|жж|т\.\s?б|обл|млн|млрд)\./gu;

function sentences(text: string): string[] {
  return text.replace(ABBREVIATIONS, "ABBR").split(/(?<=[.!?])\s+/);
}

describe.each(["kk", "ru"] as const)("assembled %s text", (locale: Locale) => {
  let texts: Sentence[];
  beforeAll(() => {
    texts = assembled(toDashboardData(raw, locale));
  });

  it("covers every chart, region, change and formula", () => {
    const kinds = new Set(texts.map((s) => s.where.split(" ")[0]));
    for (const kind of ["region", "change", "formula", "figure"]) expect(kinds).toContain(kind);
    expect(texts.filter((s) => s.where.endsWith("summary")).length).toBeGreaterThanOrEqual(
      CHART_REGISTRY.length,
    );
  });

  it("has no double full stop", () => {
    const bad = texts.filter((s) => /(?<!\.)\.\s?\.(?!\.)/.test(s.text));
    expect(bad).toEqual([]);
  });

  it("starts every sentence with a capital", () => {
    const bad = texts.flatMap((s) =>
      sentences(s.text)
        .filter((sentence) => {
          const first = /\p{L}/u.exec(sentence.replace(/^[\s«"(“]+/, ""))?.[0];
          const startsWithLetter = /^[\s«"(“]*\p{L}/u.test(sentence);
          return startsWithLetter && first !== undefined && first !== first.toLocaleUpperCase();
        })
        .map((sentence) => `${s.where}: ${sentence.slice(0, 60)}`),
    );
    expect(bad).toEqual([]);
  });

  it("never puts a Kazakh postposition before its number", () => {
    const bad = texts.filter((s) => /(?:астам|жуық)\s*[\d$−+]/.test(s.text));
    expect(bad).toEqual([]);
    const misused = texts.filter((s) => /шамамен\s+[\d$]/.test(s.text) && locale === "kk");
    // «шамамен» is "about": it may stand before a number, but never for "almost".
    for (const s of misused) expect(s.text).not.toMatch(/шамамен[^.;]*жуық/);
  });
});

describe("Russian ordinals", () => {
  const ENDING = { m: "й", f: "я", n: "е" } as const;

  it("agree with the gender the translation gives the noun", () => {
    const data = toDashboardData(raw, "ru");
    const ordinals = data.figures.filter((f) => f.unit === "ordinal");
    expect(ordinals.length).toBeGreaterThan(0);
    for (const f of ordinals) {
      expect(f.gender, `${f.id} has a gender in data/translations/ru.json`).toBeDefined();
      const shown = formatFigure(f.value, f.unit, f.qualifier, 0, "ru", f.gender);
      expect(shown, f.id).toBe(`${f.value}-${ENDING[f.gender!]}`);
      // A chart that shows the figure writes it the same way (the dashboard's list: e2e/i18n.spec.ts).
      const chart = CHART_REGISTRY.map((s) => s.build(data)).find((m) =>
        m?.rows.some((r) => r.figureId === f.id),
      );
      if (chart) expect(chart.summary, f.id).toContain(shown);
    }
  });
});
