import {
  formatDateIn,
  formatDateRangeIn,
  formatMonthIn,
  groupedIn,
  localizeDigits,
  numberPattern,
  percentIn,
  plainDecimal,
  plural,
  roundDecimal,
} from "./i18n/format-locale";
import { numberWords } from "#number-words";
import type { Locale } from "./i18n/locale";
import type { Qualifier, Unit } from "./units";

/**
 * Display formatting for figures, in the locale each call names. Written out rather than through
 * Intl so that server and client render the same text (see lib/i18n/format-locale.ts).
 */

const QUALIFIER_SIGN: Record<Qualifier, string> = {
  exact: "",
  computed: "",
  approx: "≈",
  almost: "≈",
  more_than: ">",
  at_least: "≥",
};

/** The gender of the noun an ordinal stands for: Russian writes «12-я конференция», «4-е место». */
export type Gender = "m" | "f" | "n";

function ordinal(n: number, locale: Locale, gender: Gender): string {
  return numberPattern(numberWords(locale).ordinal[gender], { value: n }, locale);
}

// en-US grouping lives with the other locales' in lib/i18n/format-locale.ts; re-exported here, where
// most callers look for it.
export { grouped } from "./i18n/format-locale";

const COMPACT_TIERS = ["thousand", "million", "billion", "trillion"] as const;

/** Moves the decimal point of a plain decimal string `places` to the left. */
function shiftLeft(text: string, places: number): string {
  const [whole = "", fraction = ""] = text.split(".");
  const point = whole.length - places;
  return `${whole.slice(0, point)}.${whole.slice(point)}${fraction}`;
}

/** "6.5 million", "45 billion" ("6,5 млн"): at most one decimal, trailing zero dropped (as Intl's compact long). */
export function compact(n: number, locale: Locale): string {
  const tiers = COMPACT_TIERS.length + 1;
  const abs = Math.abs(n);
  if (!Number.isFinite(n) || abs >= 1e15) return String(n);
  const text = plainDecimal(abs);
  const wholeDigits = (text.split(".")[0] ?? "").length;
  // The name comes from the digits themselves: 1,000 to 999,999 are thousands, and so on.
  let tier = Math.min(Math.floor((wholeDigits - 1) / 3), tiers - 1);
  const inUnit = (t: number) => Number(roundDecimal(shiftLeft(text, 3 * t), 1));
  let scaled = inUnit(tier);
  // 999,960 rounds to "1000 thousand"; Intl moves it up a name instead.
  if (scaled >= 1000 && tier < tiers - 1) scaled = inUnit(++tier);
  const sign = n < 0 || Object.is(n, -0) ? "-" : "";
  const digits = `${sign}${localizeDigits(String(scaled), locale)}`;
  const name = COMPACT_TIERS[tier - 1];
  return name
    ? numberPattern(numberWords(locale).compact[name], { value: digits }, locale)
    : digits;
}

/** The decimals a stated figure was given with (±2, 88.47), so it is printed as stated. */
export const statedDecimals = (x: number) => (String(x).split(".")[1] ?? "").length;

/** Formats a number in its unit without the qualifier: "81.31%", "$45 billion", "6.5 million", "25th". */
export function formatNumber(
  value: number,
  unit: Unit,
  decimals: number,
  locale: Locale,
  gender: Gender = "m",
): string {
  const g = (n: number, d = 0) => groupedIn(n, d, locale);
  const words = numberWords(locale);
  const fill = (pattern: string, text: string) => numberPattern(pattern, { value: text }, locale);
  switch (unit) {
    case "percent":
      return percentIn(value, decimals, locale);
    case "points": {
      const sign = value > 0 ? "+" : value < 0 ? "−" : "";
      return fill(words.points, `${sign}${g(Math.abs(value), decimals)}`);
    }
    case "usd":
      return fill(words.usd, Math.abs(value) >= 1e6 ? compact(value, locale) : g(value));
    case "people":
    case "count":
    case "votes": {
      // Whole things; a fraction of one (a seat allocation's quotient) keeps its decimals.
      const d = Number.isInteger(value) ? 0 : decimals;
      const text =
        Math.abs(value) >= 1e6 && value % 1e5 === 0
          ? compact(value, locale)
          : g(Math.abs(value), d);
      return value < 0 && !text.startsWith("-") ? `−${text}` : text.replace("-", "−");
    }
    case "ordinal":
      return ordinal(value, locale, gender);
    case "years":
      return fill(plural(value, locale, words.years), g(value));
    case "factor":
      return fill(words.factor, g(value));
  }
}

/** Formats a figure with its qualifier sign: "> $45 billion", "≈ $17 billion", "81.31%". */
export function formatFigure(
  value: number,
  unit: Unit,
  qualifier: Qualifier,
  decimals: number,
  locale: Locale,
  gender?: Gender,
): string {
  const sign = QUALIFIER_SIGN[qualifier];
  const text = formatNumber(value, unit, decimals, locale, gender);
  return sign ? `${sign} ${text}` : text;
}

/**
 * A figure as a sentence says it, with its qualifier in words: "more than $45 billion",
 * «более $45 млрд», «45 млрд доллардан астам», «17 млрд долларға жуық».
 */
export function formatFigureInWords(
  value: number,
  unit: Unit,
  qualifier: Qualifier,
  decimals: number,
  locale: Locale,
  gender?: Gender,
): string {
  const text = formatNumber(value, unit, decimals, locale, gender);
  if (qualifier === "exact" || qualifier === "computed") return text;
  return numberPattern(numberWords(locale).qualified[qualifier], { value: text }, locale);
}

/**
 * "22 Nov 2022", "22 ноября 2022", "2022 жылғы 22 қараша" for an ISO date or date-time (its calendar
 * date as written, not shifted to UTC), for tables, badges and subtitles.
 */
export function formatDate(iso: string, locale: Locale): string {
  return formatDateIn(iso, locale) ?? iso;
}

/** A date inside a sentence: Russian adds «года» («21 ноября 2022 года»). */
export function formatDateInProse(iso: string, locale: Locale): string {
  return formatDateIn(iso, locale, true) ?? iso;
}

/** Formats an ISO period ("2021", "2022-06", "2022-09-14/2022-09-15") for display. */
export function formatPeriod(period: string, locale: Locale): string {
  const [start = "", end] = period.split("/");
  const one = (p: string) =>
    p.length === 4 ? p : p.length === 7 ? formatMonthIn(p, locale) : formatDate(p, locale);
  if (!end) return one(start);
  if (start.length === 10 && end.length === 10)
    return formatDateRangeIn(start, end, locale) ?? `${one(start)} – ${one(end)}`;
  return `${one(start)} – ${one(end)}`;
}

/**
 * A label cut to at most `max` characters at a word boundary, with "…" when anything was dropped,
 * for places with room for one line only (the link-preview image). A single over-long word is cut.
 */
export function clipLabel(text: string, max: number): string {
  if (text.length <= max) return text;
  // The last space that leaves room for the ellipsis; a space right after a whole word counts.
  const space = text.lastIndexOf(" ", max - 1);
  const head = space > 0 ? text.slice(0, space) : text.slice(0, max - 1);
  return `${head.replace(/[\s,;:–-]+$/, "")}…`;
}
