import type { Locale } from "./locale";
import { fillMessage } from "./message-format";
import { numberWords } from "./number-words";

/**
 * Numbers, dates and plural forms in each locale. Written out by hand, like lib/format.ts, rather than
 * through Intl: the first Intl formatter a page builds loads ICU data on the main thread. The tests
 * check the numbers against Intl; dates follow the forms the press uses ("20 ноября 2022" without
 * Intl's "г.", "2022 жылғы 20 қараша").
 */

// en-US grouping and compact names are written out by hand rather than through Intl.NumberFormat:
// the first formatter a page builds loads ICU's number data, which cost ~20 ms of main-thread time
// (~85 ms at Lighthouse's 4x CPU throttle) while a chart page hydrated. format.test.ts checks
// these against Intl over many values, so the output is Intl's.

/**
 * Rounds a plain decimal string ("1.005") to `decimals` places, halves away from zero. ICU rounds the
 * shortest decimal that prints the double, not the double's exact binary value as toFixed does:
 * 1.005 becomes "1.01" here and in Intl, but "1.00" with toFixed.
 */
export function roundDecimal(text: string, decimals: number): string {
  const [whole = "0", fraction = ""] = text.split(".");
  if (fraction.length <= decimals) {
    return decimals === 0 ? whole : `${whole}.${fraction.padEnd(decimals, "0")}`;
  }
  let digits = whole + fraction.slice(0, decimals);
  if (fraction.charCodeAt(decimals) >= 53 /* "5" */) {
    let i = digits.length - 1;
    while (i >= 0 && digits[i] === "9") i--;
    digits =
      i < 0
        ? `1${"0".repeat(digits.length)}`
        : digits.slice(0, i) + String(Number(digits[i]) + 1) + "0".repeat(digits.length - i - 1);
  }
  const split = digits.length - decimals;
  return decimals === 0 ? digits : `${digits.slice(0, split)}.${digits.slice(split)}`;
}

/**
 * A non-negative number below 1e21 as a plain decimal string. JavaScript writes an exponent there only
 * below 1e-6, which rounds to zero at any number of decimals shown here.
 */
export function plainDecimal(abs: number): string {
  const text = String(abs);
  return text.includes("e") ? "0" : text;
}

/** "6,456,392" or "81.31": fixed decimals, comma thousands, "-" for negatives (as Intl's en-US). */
export function grouped(n: number, decimals = 0): string {
  const abs = Math.abs(n);
  if (!Number.isFinite(n) || abs >= 1e21) return String(n);
  const [whole = "", fraction] = roundDecimal(plainDecimal(abs), decimals).split(".");
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = n < 0 || Object.is(n, -0) ? "-" : "";
  return `${sign}${withCommas}${fraction === undefined ? "" : `.${fraction}`}`;
}

/** Russian and Kazakh group thousands with a no-break space and write a decimal comma. */
const NBSP = "\u00a0";

/** "6,456,392.5" as the locale writes it: "6 456 392,5" in ru and kk. */
export function localizeDigits(enText: string, locale: Locale): string {
  if (locale === "en") return enText;
  return enText.replace(/[,.]/g, (c) => (c === "," ? NBSP : ","));
}

/** A number with fixed decimals and the locale's separators. */
export function groupedIn(n: number, decimals: number, locale: Locale): string {
  return localizeDigits(grouped(n, decimals), locale);
}

/** Fills a number-words pattern in its language. */
export function numberPattern(
  pattern: string,
  vars: Record<string, string | number>,
  locale: Locale,
): string {
  return fillMessage(pattern, vars, locale, { capitalise: false });
}

/** "81.31%", "81,31 %" (ru, as Russian typography and CLDR write it), "81,31%" (kk). */
export function percentIn(n: number, decimals: number, locale: Locale): string {
  return numberPattern(
    numberWords(locale).percent,
    { value: groupedIn(n, decimals, locale) },
    locale,
  );
}

type MonthNumber = keyof ReturnType<typeof numberWords>["month"];

function monthName(index: number, locale: Locale, alone = false): string | undefined {
  const words = numberWords(locale);
  return (alone ? words.monthAlone : words.month)[String(index) as MonthNumber];
}

/** A month ("2022-06") in the locale: "Jun 2022", "июнь 2022", "2022 жылғы маусым". */
export function formatMonthIn(yearMonth: string, locale: Locale): string {
  const year = yearMonth.slice(0, 4);
  const month = monthName(Number(yearMonth.slice(5, 7)), locale, true) ?? yearMonth;
  return numberPattern(numberWords(locale).monthOfYear, { month, year }, locale);
}

interface CalendarDate {
  year: string;
  month: number;
  day: number;
}

function parseDate(iso: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const day = Number(m[3]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year: m[1]!, month, day };
}

/**
 * A calendar date ("2022-11-20", or the date part of a timestamp as written) in the locale:
 * "20 Nov 2022", "20 ноября 2022", "2022 жылғы 20 қараша". `prose` is for a date inside a sentence,
 * where Russian adds «года» («21 ноября 2022 года»). Null for text that is not a date.
 */
export function formatDateIn(iso: string, locale: Locale, prose = false): string | null {
  const d = parseDate(iso);
  if (!d) return null;
  const words = numberWords(locale);
  return numberPattern(
    prose ? words.dateInProse : words.date,
    { day: d.day, month: monthName(d.month, locale)!, year: d.year },
    locale,
  );
}

/**
 * Two dates as one span: "14–15 Sep 2022", «14–15 сентября 2022 года», «2022 жылғы 14–15 қыркүйек»
 * within a month; otherwise both dates in full.
 */
export function formatDateRangeIn(from: string, to: string, locale: Locale): string | null {
  const a = parseDate(from);
  const b = parseDate(to);
  if (!a || !b) return null;
  const words = numberWords(locale);
  if (a.year === b.year && a.month === b.month)
    return numberPattern(
      words.days,
      { from: a.day, to: b.day, month: monthName(a.month, locale)!, year: a.year },
      locale,
    );
  return numberPattern(
    words.range,
    { from: formatDateIn(from, locale)!, to: formatDateIn(to, locale)! },
    locale,
  );
}

/** CLDR's plural categories that these languages use. */
export type PluralCategory = "one" | "few" | "many" | "other";

/**
 * The plural form a count takes: Russian has one (1, 21, 101), few (2–4, 22–24) and many (0, 5–20, 25,
 * 11–14); a fraction is "other". Kazakh and English have one/other.
 */
export function pluralCategory(n: number, locale: Locale): PluralCategory {
  // Kazakh nouns keep their form after a numeral, so most messages give "other" only; CLDR's "one"
  // lets a label that is no numeral phrase tell one from several («Дереккөз:» / «Дереккөздер:»).
  if (locale === "kk") return n === 1 ? "one" : "other";
  if (locale === "en") return n === 1 ? "one" : "other";
  if (!Number.isInteger(n)) return "other";
  const abs = Math.abs(n);
  const mod10 = abs % 10;
  const mod100 = abs % 100;
  if (mod10 === 1 && mod100 !== 11) return "one";
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return "few";
  return "many";
}

/** The word for a count: plural(21, "ru", { one: "голос", few: "голоса", many: "голосов" }). */
export function plural(
  n: number,
  locale: Locale,
  forms: Partial<Record<PluralCategory, string>> & { other?: string },
): string {
  const category = pluralCategory(n, locale);
  const word = forms[category] ?? forms.other ?? forms.many;
  if (word === undefined)
    throw new Error(`no "${category}" form among ${Object.keys(forms).join(", ")}`);
  return word;
}
