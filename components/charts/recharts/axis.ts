import type { ChartConfig } from "@/components/ui/chart";
import type { DrawableChart } from "@/lib/charts/model/model";

// Ticks are coloured with fill only: a stroke on axis text smears it into the background. The size
// is also given as a style because recharts measures words for wrapping with the style alone: without
// it (or with a bare number, which a DOM style ignores) long names were measured at the page's 16 px,
// wrapped onto three lines and ran into each other.
export const AXIS = {
  axisLine: { stroke: "var(--border)" },
  tickLine: false,
  tick: { fill: "var(--muted)", fontSize: 12, style: { fontSize: "12px" } },
} as const;

/** Each series' colour as a --color-<key> variable on the chart's container. */
export function configOf(model: DrawableChart): ChartConfig {
  return Object.fromEntries(model.series.map((s) => [s.key, { label: s.label, color: s.color }]));
}

/** What recharts reads as the chart's accessible name. */
export function chartTitle(model: DrawableChart): string {
  return `${model.title}. ${model.summary}`;
}
