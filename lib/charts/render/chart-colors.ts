import type { ChartColor } from "@/lib/charts/model/model";

/** Full class names only: Tailwind cannot see names built by joining strings. */
export const BG_CLASS: Record<ChartColor, string> = {
  "chart-1": "bg-chart-1",
  "chart-2": "bg-chart-2",
  "chart-3": "bg-chart-3",
  "chart-4": "bg-chart-4",
  "chart-5": "bg-chart-5",
  "chart-muted": "bg-chart-muted",
};

export function cssColor(color: ChartColor): string {
  return `var(--${color})`;
}

/** The colour that stands out against a series' own colour, for a highlighted bar or line. */
export function highlightColor(color: ChartColor): ChartColor {
  return color === "chart-2" ? "chart-1" : "chart-2";
}
