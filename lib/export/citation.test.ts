import { describe, expect, it } from "vitest";

import {
  bibtexKey,
  escapeBibtex,
  toApaCitation,
  toBibtexCitation,
  toCitations,
  type CitationInput,
} from "./citation";

function input(overrides: Partial<CitationInput> = {}): CitationInput {
  return {
    id: "kz-2022-results",
    title: "Result of every option on the 2022 ballot",
    url: "https://example.org/charts/kz-2022-results?asOf=2022-11-21T1200-preliminary",
    revisionDate: "2022-11-21T12:00:00+06:00",
    version: "Preliminary result · CEC · 21 Nov 2022",
    publishers: ["Kazinform", "Baribar", "Kazinform"],
    ...overrides,
  };
}

describe(toApaCitation, () => {
  it("writes author, revision date, title, version, type, publishers and URL in APA order", () => {
    expect(toApaCitation(input())).toBe(
      "Kazakhstan 2022 in figures. (2022, November 21). Result of every option on the 2022 ballot " +
        "(Preliminary result · CEC · 21 Nov 2022) [Data set]. Compiled from Kazinform, Baribar. " +
        "https://example.org/charts/kz-2022-results?asOf=2022-11-21T1200-preliminary",
    );
  });

  it("takes the calendar date of the revision where it was published, whatever its offset", () => {
    // 00:30 in Astana is still the previous day in UTC; the source's own date is the one cited.
    expect(toApaCitation(input({ revisionDate: "2022-11-22T00:30:00+06:00" }))).toContain(
      "(2022, November 22)",
    );
  });

  it("leaves out the version and publishers when there are none", () => {
    const apa = toApaCitation(input({ version: undefined, publishers: [] }));
    expect(apa).toContain("Result of every option on the 2022 ballot [Data set]. https://");
  });
});

describe(toBibtexCitation, () => {
  it("is one @misc entry with a month macro, braced fields and the URL", () => {
    const bib = toBibtexCitation(input());
    expect(bib.split("\n")[0]).toBe(`@misc{${bibtexKey(input())},`);
    expect(bib).toContain("  month = nov,");
    expect(bib).toContain("  year = {2022},");
    expect(bib).toContain("  date = {2022-11-21},");
    expect(bib).toContain("  author = {{Kazakhstan 2022 in figures}},");
    expect(bib).toContain(`  url = {${input().url}},`);
    expect(bib.endsWith("\n}")).toBe(true);
    // Balanced braces, or BibTeX reads the rest of the file into this entry.
    const opened = bib.split("{").length - 1;
    expect(bib.split("}").length - 1).toBe(opened);
  });

  it("escapes what BibTeX would read as markup", () => {
    expect(escapeBibtex("R&D 50% of $5 #1 a_b {x} ~ ^ \\")).toBe(
      "R\\&D 50\\% of \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}",
    );
    expect(toBibtexCitation(input({ title: "Trade & investment" }))).toContain(
      "title = {{Trade \\& investment}}",
    );
  });

  it("keys an entry by what and which revision, in characters every style accepts", () => {
    expect(bibtexKey(input({ id: "a b/c" }))).toBe("kz2022figures:abc:2022-11-21");
  });
});

describe(toCitations, () => {
  it("writes the revision's label with commas, as a reference list does", () => {
    const { apa, bibtex } = toCitations(input());
    expect(apa).toContain("(Preliminary result, CEC, 21 Nov 2022) [Data set]");
    expect(bibtex).toContain("note = {Data set; Preliminary result, CEC, 21 Nov 2022;");
    expect(apa + bibtex).not.toContain("·");
  });
});
