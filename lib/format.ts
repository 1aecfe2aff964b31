import type { Qualifier, Unit } from "./schemas";

/** Display formatting for figures. Locale is fixed to en-US so that server and client render the same text. */
const LOCALE = "en-US";

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

function compact(n: number): string {
  return new Intl.NumberFormat(LOCALE, {
    notation: "compact",
    compactDisplay: "long",
    maximumFractionDigits: 1,
  }).format(n);
}

function grouped(n: number, decimals = 0): string {
  return new Intl.NumberFormat(LOCALE, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(n);
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
