import { wideColumns } from "@/components/dashboard/fitted-grid";

/*
 * The columns of a cards chart, set by the width of the box it sits in (a chart page, an embed of
 * any size), not of the window: one column in a narrow box, two from 24rem (an odd last card taking
 * the whole row), then as many as leave no row half empty, up to three from 36rem and five from
 * 48rem. Full class names from tables, as Tailwind reads them from the source.
 */
const FROM_36REM = {
  1: "@xl:grid-cols-1",
  2: "@xl:grid-cols-2",
  3: "@xl:grid-cols-3",
  4: "@xl:grid-cols-4",
  5: "@xl:grid-cols-5",
} as const;
const FROM_48REM = {
  1: "@3xl:grid-cols-1",
  2: "@3xl:grid-cols-2",
  3: "@3xl:grid-cols-3",
  4: "@3xl:grid-cols-4",
  5: "@3xl:grid-cols-5",
} as const;

/** The classes of a grid of `count` cards; its parent must be a container (`@container`). */
export function cardGrid(count: number): string {
  if (count <= 1) return "grid grid-cols-1";
  const spanOdd = count % 2 === 1 ? " @sm:@max-xl:[&>*:last-child]:col-span-2" : "";
  return `grid @sm:grid-cols-2 ${FROM_36REM[wideColumns(count, 3)]} ${FROM_48REM[wideColumns(count, 5)]}${spanOdd}`;
}
