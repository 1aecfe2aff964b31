import type { Qualifier, Unit } from "./units";

/** Display formatting for figures. Locale is fixed to en-US so that server and client render the same text. */

const QUALIFIER_SIGN: Record<Qualifier, string> = {
  exact: "",
  computed: "",
  approx: "≈",
  almost: "≈",
  more_than: ">",
  at_least: "≥",
};

/** What the sign means, for screen readers and tooltips. */
export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "",
  computed: "",
  approx: "about",
  almost: "almost",
  more_than: "more than",
  at_least: "at least",
};

function ordinal(n: number): string {
  const rem100 = n % 100;
  const suffix =
    rem100 >= 11 && rem100 <= 13
      ? "th"
      : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}

// en-US grouping and compact names are written out by hand rather than through Intl.NumberFormat:
// the first formatter a page builds loads ICU's number data, which cost ~20 ms of main-thread time
// (~85 ms at Lighthouse's 4x CPU throttle) while a chart page hydrated. format.test.ts checks
// these against Intl over many values, so the output is Intl's.

/**
 * Rounds a plain decimal string ("1.005") to `decimals` places, halves away from zero. ICU rounds the
 * shortest decimal that prints the double, not the double's exact binary value as toFixed does:
 * 1.005 becomes "1.01" here and in Intl, but "1.00" with toFixed.
 */
function roundDecimal(text: string, decimals: number): string {
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
function plainDecimal(abs: number): string {
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

const COMPACT_NAMES = ["", " thousand", " million", " billion", " trillion"];

/** Moves the decimal point of a plain decimal string `places` to the left. */
function shiftLeft(text: string, places: number): string {
  const [whole = "", fraction = ""] = text.split(".");
  const point = whole.length - places;
  return `${whole.slice(0, point)}.${whole.slice(point)}${fraction}`;
}

/** "6.5 million", "45 billion": at most one decimal, trailing zero dropped (as Intl's compact long). */
export function compact(n: number): string {
  const abs = Math.abs(n);
  if (!Number.isFinite(n) || abs >= 1e15) return String(n);
  const text = plainDecimal(abs);
  const wholeDigits = (text.split(".")[0] ?? "").length;
  // The name comes from the digits themselves: 1,000 to 999,999 are thousands, and so on.
  let tier = Math.min(Math.floor((wholeDigits - 1) / 3), COMPACT_NAMES.length - 1);
  const inUnit = (t: number) => Number(roundDecimal(shiftLeft(text, 3 * t), 1));
  let scaled = inUnit(tier);
  // 999,960 rounds to "1000 thousand"; Intl moves it up a name instead.
  if (scaled >= 1000 && tier < COMPACT_NAMES.length - 1) scaled = inUnit(++tier);
  const sign = n < 0 || Object.is(n, -0) ? "-" : "";
  return `${sign}${scaled}${COMPACT_NAMES[tier]}`;
}

/** Formats a number in its unit without the qualifier: "81.31%", "$45 billion", "6.5 million", "25th". */
export function formatNumber(value: number, unit: Unit, decimals = 2): string {
  switch (unit) {
    case "percent":
      return `${grouped(value, decimals)}%`;
    case "points":
      return `${value > 0 ? "+" : value < 0 ? "−" : ""}${grouped(Math.abs(value), decimals)} pts`;
    case "usd":
      return Math.abs(value) >= 1e6 ? `$${compact(value)}` : `$${grouped(value)}`;
    case "people":
    case "count":
    case "votes": {
      const text =
        Math.abs(value) >= 1e6 && value % 1e5 === 0 ? compact(value) : grouped(Math.abs(value));
      return value < 0 && !text.startsWith("-") ? `−${text}` : text.replace("-", "−");
    }
    case "ordinal":
      return ordinal(value);
    case "years":
      return `${grouped(value)} years`;
    case "factor":
      return `×${grouped(value)}`;
  }
}

/** Formats a figure with its qualifier sign: "> $45 billion", "≈ $17 billion", "81.31%". */
export function formatFigure(
  value: number,
  unit: Unit,
  qualifier: Qualifier,
  decimals = 2,
): string {
  const sign = QUALIFIER_SIGN[qualifier];
  const text = formatNumber(value, unit, decimals);
  return sign ? `${sign} ${text}` : text;
}

// Fixed names: ICU versions disagree on abbreviations ("Sep" or "Sept"), and server and client must match.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "22 Nov 2022" for an ISO date or date-time (its calendar date as written, not shifted to UTC). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** Formats an ISO period ("2021", "2022-06", "2022-09-14/2022-09-15") for display. */
export function formatPeriod(period: string): string {
  const [start = "", end] = period.split("/");
  const one = (p: string) =>
    p.length === 4
      ? p
      : p.length === 7
        ? `${MONTHS[Number(p.slice(5)) - 1]} ${p.slice(0, 4)}`
        : formatDate(p);
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
