/** Formatting for validation messages and plain-text summaries; locale-independent on purpose. */
const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export function formatCount(n: number): string {
  return grouped.format(n);
}

export function formatFixed(n: number, decimals: number): string {
  return n.toFixed(decimals);
}
