"use client";

import { useEffect } from "react";
import { useActiveTooltipLabel, useYAxisScale } from "recharts";

import type { DrawableChart } from "@/lib/charts/model/model";

/** How close the pointer must come to a line, in pixels, for it to count as the one meant. */
const REACH = 10;

/** Where the pointer is: the row under it and its height in the chart's own pixels. */
export interface LinePointer {
  index: number;
  y: number;
}

/**
 * Finds the muted line (a region) nearest the pointer at the row under it, and reports it (or
 * none, further than REACH from every one), so the chart can light and name it. Drawn inside the
 * chart for its y scale; it draws nothing itself.
 */
export function NearestLine({
  model,
  pointer,
  onChange,
}: {
  model: DrawableChart;
  pointer: LinePointer | undefined;
  onChange: (key: string | undefined) => void;
}) {
  const scale = useYAxisScale();
  let nearest: string | undefined;
  const row = pointer ? model.rows[pointer.index] : undefined;
  if (pointer && row && scale) {
    let best = REACH;
    for (const s of model.series) {
      const v = row[s.key];
      if (!s.muted || typeof v !== "number") continue;
      const d = Math.abs(Number(scale(v)) - pointer.y);
      if (d <= best) [best, nearest] = [d, s.key];
    }
  }
  useEffect(() => onChange(nearest), [nearest, onChange]);
  return null;
}

/** Reports the row recharts' tooltip is on (moved by the pointer or by the Left and Right keys). */
export function ActiveRow({
  model,
  onChange,
}: {
  model: DrawableChart;
  onChange: (index: number | undefined) => void;
}) {
  const label = useActiveTooltipLabel();
  const index = model.rows.findIndex((r) => r[model.indexKey] === label);
  const found = index === -1 ? undefined : index;
  useEffect(() => onChange(found), [found, onChange]);
  return null;
}
