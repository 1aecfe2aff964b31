/**
 * The vocabulary of a figure's value, shared by the data schemas and the formatter (kept apart from
 * both so neither folder has to import the other).
 */
export const UNITS = [
  "percent",
  "usd",
  "people",
  "count",
  "ordinal",
  "years",
  "factor",
  "votes",
  "points",
] as const;
export type Unit = (typeof UNITS)[number];

export const isUnit = (u: unknown): u is Unit => (UNITS as readonly unknown[]).includes(u);

/** What the text claims about the number: "exceeded $45 billion" is more_than, "almost" is almost. */
export const QUALIFIERS = [
  "exact",
  "approx",
  "more_than",
  "almost",
  "at_least",
  "computed",
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
