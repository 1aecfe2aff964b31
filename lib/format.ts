import {
  formatDateIn,
  formatMonthIn,
  groupedIn,
  localizeDigits,
  percentIn,
  plainDecimal,
  plural,
  roundDecimal,
} from "./i18n/format-locale";
import type { Locale } from "./i18n/locale";
import type { Qualifier, Unit } from "./units";

/**
 * Display formatting for figures, in each locale (English by default). Written out rather than through
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

/** What the sign means, for screen readers and tooltips. */
export const QUALIFIER_WORDS: Record<Locale, Record<Qualifier, string>> = {
  en: {
    exact: "",
    computed: "",
    approx: "about",
    almost: "almost",
    more_than: "more than",
    at_least: "at least",
  },
  ru: {
    exact: "",
    computed: "",
    approx: "около",
    almost: "почти",
    more_than: "более",
    at_least: "не менее",
  },
  kk: {
    exact: "",
    computed: "",
    approx: "шамамен",
    almost: "шамамен",
    more_than: "астам",
    at_least: "кемінде",
  },
};

// The Kazakh ordinal suffix follows the vowels of the number's last word: 25-ші (бесінші) but 26-шы
// (алтыншы), 10-шы (оныншы), 100-ші (жүзінші), 1000-шы (мыңыншы).
const KK_BACK_VOWEL_WORDS = new Set([6, 9, 10, 20, 30, 40, 60, 90, 1000]);

function kkOrdinal(n: number): string {
  const last = n % 1000 === 0 ? 1000 : n % 100 === 0 ? 100 : n % 10 === 0 ? n % 100 : n % 10;
  return `${n}-${KK_BACK_VOWEL_WORDS.has(last) ? "шы" : "ші"}`;
}

function ordinal(n: number, locale: Locale): string {
  if (locale === "ru") return `${n}-й`;
  if (locale === "kk") return kkOrdinal(n);
  const rem100 = n % 100;
  const suffix =
    rem100 >= 11 && rem100 <= 13
      ? "th"
      : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}

// en-US grouping lives with the other locales' in lib/i18n/format-locale.ts; re-exported here, where
// most callers look for it.
export { grouped } from "./i18n/format-locale";

const COMPACT_NAMES: Record<Locale, readonly string[]> = {
  en: ["", " thousand", " million", " billion", " trillion"],
  ru: ["", "\u00a0тыс.", "\u00a0млн", "\u00a0млрд", "\u00a0трлн"],
  kk: ["", "\u00a0мың", "\u00a0млн", "\u00a0млрд", "\u00a0трлн"],
};

/** Moves the decimal point of a plain decimal string `places` to the left. */
function shiftLeft(text: string, places: number): string {
  const [whole = "", fraction = ""] = text.split(".");
  const point = whole.length - places;
  return `${whole.slice(0, point)}.${whole.slice(point)}${fraction}`;
}

/** "6.5 million", "45 billion" ("6,5 млн"): at most one decimal, trailing zero dropped (as Intl's compact long). */
export function compact(n: number, locale: Locale = "en"): string {
  const names = COMPACT_NAMES[locale];
  const abs = Math.abs(n);
  if (!Number.isFinite(n) || abs >= 1e15) return String(n);
  const text = plainDecimal(abs);
  const wholeDigits = (text.split(".")[0] ?? "").length;
  // The name comes from the digits themselves: 1,000 to 999,999 are thousands, and so on.
  let tier = Math.min(Math.floor((wholeDigits - 1) / 3), names.length - 1);
  const inUnit = (t: number) => Number(roundDecimal(shiftLeft(text, 3 * t), 1));
  let scaled = inUnit(tier);
  // 999,960 rounds to "1000 thousand"; Intl moves it up a name instead.
  if (scaled >= 1000 && tier < names.length - 1) scaled = inUnit(++tier);
  const sign = n < 0 || Object.is(n, -0) ? "-" : "";
  return `${sign}${localizeDigits(String(scaled), locale)}${names[tier]}`;
}

const POINTS: Record<Locale, string> = { en: "pts", ru: "п.\u00a0п.", kk: "п.\u00a0т." };

/** Formats a number in its unit without the qualifier: "81.31%", "$45 billion", "6.5 million", "25th". */
export function formatNumber(
  value: number,
  unit: Unit,
  decimals = 2,
  locale: Locale = "en",
): string {
  const g = (n: number, d = 0) => groupedIn(n, d, locale);
  switch (unit) {
    case "percent":
      return percentIn(value, decimals, locale);
    case "points": {
      const sign = value > 0 ? "+" : value < 0 ? "−" : "";
      const space = locale === "en" ? " " : "\u00a0";
      return `${sign}${g(Math.abs(value), decimals)}${space}${POINTS[locale]}`;
    }
    case "usd":
      return Math.abs(value) >= 1e6 ? `$${compact(value, locale)}` : `$${g(value)}`;
    case "people":
    case "count":
    case "votes": {
      const text =
        Math.abs(value) >= 1e6 && value % 1e5 === 0 ? compact(value, locale) : g(Math.abs(value));
      return value < 0 && !text.startsWith("-") ? `−${text}` : text.replace("-", "−");
    }
    case "ordinal":
      return ordinal(value, locale);
    case "years":
      return locale === "en"
        ? `${g(value)} years`
        : `${g(value)}\u00a0${locale === "kk" ? "жыл" : plural(value, "ru", { one: "год", few: "года", many: "лет", other: "года" })}`;
    case "factor":
      return `×${g(value)}`;
  }
}

/** Formats a figure with its qualifier sign: "> $45 billion", "≈ $17 billion", "81.31%". */
export function formatFigure(
  value: number,
  unit: Unit,
  qualifier: Qualifier,
  decimals = 2,
  locale: Locale = "en",
): string {
  const sign = QUALIFIER_SIGN[qualifier];
  const text = formatNumber(value, unit, decimals, locale);
  return sign ? `${sign} ${text}` : text;
}

/** "22 Nov 2022", "22 ноября 2022", "2022 жылғы 22 қараша" for an ISO date or date-time (its calendar date as written, not shifted to UTC). */
export function formatDate(iso: string, locale: Locale = "en"): string {
  return formatDateIn(iso, locale) ?? iso;
}

/** Formats an ISO period ("2021", "2022-06", "2022-09-14/2022-09-15") for display. */
export function formatPeriod(period: string, locale: Locale = "en"): string {
  const [start = "", end] = period.split("/");
  const one = (p: string) =>
    p.length === 4 ? p : p.length === 7 ? formatMonthIn(p, locale) : formatDate(p, locale);
  return end ? `${one(start)} – ${one(end)}` : one(start);
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
