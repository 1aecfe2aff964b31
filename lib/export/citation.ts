/**
 * Citations of a chart or of the whole dashboard, dated by the data revision they show rather than
 * by the day they were copied: two people citing the same revision get the same text.
 */

import { SITE_NAME } from "../i18n/site-name";

export interface CitationInput {
  /** A stable id for the cited thing (chart id, or "dashboard"). */
  id: string;
  title: string;
  /** The permalink of exactly what is cited (a pinned revision keeps its asOf). */
  url: string;
  /** ISO 8601 time of the data revision shown; its calendar date (local to the source) is cited. */
  revisionDate: string;
  /** "Final result, CEC": what the revision is, when there is one. */
  version?: string;
  /** Publishers of the sources, in the order they are cited. */
  publishers: string[];
  /** The group author: the site's name in the language of the page cited (English by default). */
  author?: string;
  /** The citation's own words in the page's language; English by default. */
  words?: CitationWords;
}

/** What a citation says around the data, in one language. */
export interface CitationWords {
  dataSet: string;
  /** "Compiled from {publishers}" */
  compiledFrom: (publishers: string) => string;
  /** The APA date in parentheses: "2022, November 22". */
  date: (year: string, month: number, day: number) => string;
}

const ENGLISH_WORDS: CitationWords = {
  dataSet: "Data set",
  compiledFrom: (publishers) => `Compiled from ${publishers}`,
  date: (year, month, day) => `${year}, ${MONTHS[month - 1]} ${day}`,
};

export interface Citations {
  apa: string;
  bibtex: string;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const BIBTEX_MONTHS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];

function dateParts(iso: string): { year: string; month: number; day: number; date: string } {
  const date = iso.slice(0, 10);
  const [year = "", month = "1", day = "1"] = date.split("-");
  return { year, month: Number(month), day: Number(day), date };
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

/** APA 7 for a data set with a group author: Author. (Date). Title (Version) [Data set]. Publisher. URL */
export function toApaCitation(c: CitationInput): string {
  const { year, month, day } = dateParts(c.revisionDate);
  const w = c.words ?? ENGLISH_WORDS;
  const version = c.version ? ` (${c.version})` : "";
  const from = unique(c.publishers);
  const compiled = from.length ? ` ${w.compiledFrom(from.join(", "))}.` : "";
  return `${c.author ?? SITE_NAME}. (${w.date(year, month, day)}). ${c.title}${version} [${w.dataSet}].${compiled} ${c.url}`;
}

/** Escapes the characters BibTeX treats as markup. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (ch) => {
    switch (ch) {
      case "\\":
        return "\\textbackslash{}";
      case "~":
        return "\\textasciitilde{}";
      case "^":
        return "\\textasciicircum{}";
      default:
        return `\\${ch}`;
    }
  });
}

/** A BibTeX key from letters and digits only: "kz2022-figures:kz-2022-results:2022-11-22". */
export function bibtexKey(c: CitationInput): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9-]/g, "");
  return `kz2022figures:${safe(c.id)}:${dateParts(c.revisionDate).date}`;
}

/** @misc, which every BibTeX style knows (BibLaTeX's @dataset is not in classic BibTeX). */
export function toBibtexCitation(c: CitationInput): string {
  const { year, month, date } = dateParts(c.revisionDate);
  const from = unique(c.publishers);
  const w = c.words ?? ENGLISH_WORDS;
  const compiled = from.length ? w.compiledFrom(from.join(", ")) : undefined;
  const note = [w.dataSet, c.version, compiled && compiled[0]!.toLowerCase() + compiled.slice(1)]
    .filter(Boolean)
    .join("; ");
  // Double braces keep the group author whole and the title's capitals as written; the month is
  // BibTeX's own macro, so it goes unbraced.
  const fields: [string, string][] = [
    ["author", `{{${escapeBibtex(c.author ?? SITE_NAME)}}}`],
    ["title", `{{${escapeBibtex(c.title)}}}`],
    ["year", `{${year}}`],
    ["month", BIBTEX_MONTHS[month - 1] ?? "jan"],
    ["date", `{${date}}`],
    ["howpublished", `{\\url{${c.url}}}`],
    ["url", `{${c.url}}`],
    ["note", `{${escapeBibtex(note)}}`],
  ];
  const body = fields.map(([k, v]) => `  ${k} = ${v}`).join(",\n");
  return `@misc{${bibtexKey(c)},\n${body}\n}`;
}

export function toCitations(c: CitationInput): Citations {
  // Status labels read "Final result · CEC · 22 Nov 2022" on the page; a reference list wants commas.
  const plain = { ...c, version: c.version?.replace(/\s+·\s+/g, ", ") };
  return { apa: toApaCitation(plain), bibtex: toBibtexCitation(plain) };
}

/** A chart cited as shown: its title, the label of the revision it shows, and its sources' publishers. */
export function toChartCitations(
  model: { id: string; title: string; status?: { label: string } },
  sources: readonly { publisher: string }[],
  url: string,
  revisionDate: string,
  author?: string,
  words?: CitationWords,
): Citations {
  return toCitations({
    id: model.id,
    title: model.title,
    url,
    revisionDate,
    version: model.status?.label,
    publishers: sources.map((s) => s.publisher),
    author,
    words,
  });
}
