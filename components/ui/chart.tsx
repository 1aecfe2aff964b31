"use client";

import type { CSSProperties, ReactNode } from "react";

import { cn } from "@/lib/ui/cn";
import type { ChartSeries } from "@/lib/charts/model/model";

/** Per-series colours as --color-<key> variables, so recharts elements can use var(--color-<key>). */
export type ChartConfig = Record<string, Pick<ChartSeries, "label" | "color">>;

export function ChartContainer({
  config,
  height,
  className,
  children,
}: {
  config: ChartConfig;
  height: number;
  className?: string;
  children: ReactNode;
}) {
  const vars = Object.fromEntries(
    Object.entries(config).map(([key, { color }]) => [`--color-${key}`, `var(--${color})`]),
  );
  return (
    <div
      className={cn(
        // recharts text follows the theme
        "[&_.recharts-cartesian-axis-tick_text]:fill-muted [&_.recharts-label-list_text]:fill-foreground text-xs",
        className,
      )}
      style={{ ...(vars as CSSProperties), height }}
    >
      {children}
    </div>
  );
}
