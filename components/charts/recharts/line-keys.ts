import type { DrawableChart } from "@/lib/charts/model/model";

/**
 * The regional line the Up and Down arrow keys move to from `current`, at the row the keyboard is
 * on (recharts' Left and Right arrows pick the row): Down goes to the next lower value, Up to the
 * next higher, wrapping round; from none, Down starts at the highest and Up at the lowest.
 */
export function nextLine(
  model: Pick<DrawableChart, "series" | "rows">,
  rowIndex: number,
  current: string | undefined,
  key: "ArrowUp" | "ArrowDown",
): string | undefined {
  const row = model.rows[rowIndex];
  if (!row) return undefined;
  const order = model.series
    .filter((s) => s.muted && typeof row[s.key] === "number")
    .sort((a, b) => (row[b.key] as number) - (row[a.key] as number));
  if (order.length === 0) return undefined;
  const at = order.findIndex((s) => s.key === current);
  const step = key === "ArrowDown" ? 1 : -1;
  const next = at === -1 ? (step === 1 ? 0 : order.length - 1) : at + step;
  return order[(next + order.length) % order.length]!.key;
}
