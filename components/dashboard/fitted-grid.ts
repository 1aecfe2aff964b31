/**
 * Columns for a grid of `count` cards, so that no row is left half empty: on wide screens the most
 * columns (up to `max`) that divide the count, or, when none does (7, 11), the number that leaves the
 * fewest empty places; on a phone one column, and two between, where an odd last card takes the
 * whole row. Full class names from a table, as Tailwind reads them from the source.
 */
const WIDE = {
  1: "lg:grid-cols-1",
  2: "lg:grid-cols-2",
  3: "lg:grid-cols-3",
  4: "lg:grid-cols-4",
  5: "lg:grid-cols-5",
} as const;

type Columns = keyof typeof WIDE;

/** How many columns a row of `count` cards takes on a wide screen, at most `max`. */
export function wideColumns(count: number, max: Columns): Columns {
  if (count <= max) return Math.max(1, count) as Columns;
  const options = ([2, 3, 4, 5] as const).filter((c) => c <= max);
  const empty = (c: number) => (c - (count % c)) % c;
  // Fewest empty places, then the most columns (shorter rows of cards read faster).
  return options.reduce((best, c) =>
    empty(c) < empty(best) || (empty(c) === empty(best) && c > best) ? c : best,
  );
}

/** The grid's classes: one column on a phone, two from `sm`, the fitted count from `lg`. */
export function fittedGrid(count: number, max: Columns = 4): string {
  const spanOdd = count % 2 === 1 ? " sm:max-lg:[&>*:last-child]:col-span-2" : "";
  return `grid gap-x-4 gap-y-4 sm:grid-cols-2 ${WIDE[wideColumns(count, max)]}${spanOdd}`;
}
