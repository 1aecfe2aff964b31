/** Half a unit in the last stated decimal: 81.31 stated to 2 decimals allows 81.305…81.315. */
export function halfUnit(precision: number): number {
  return 0.5 * 10 ** -precision + 1e-9;
}

/** True when `computed` rounds to `stated` at the given number of decimals. */
export function roundsTo(computed: number, stated: number, precision: number): boolean {
  return Math.abs(computed - stated) <= halfUnit(precision);
}
