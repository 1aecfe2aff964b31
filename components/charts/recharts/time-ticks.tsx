import type { DrawableChart } from "@/lib/charts/model/model";
import { rowX, visibleTicks } from "@/lib/charts/render/line-geometry";
import { textWidth } from "@/lib/charts/render/svg/text";

import { AXIS } from "./axis";

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/**
 * The times a line chart prints under its plot of `plotWidth` px: the drawn chart's choice
 * (visibleTicks), so the last two never run together («22:00» and «Окончательные»); the first
 * starts at its point and the last ends at its own, so neither runs past the plot's edges.
 */
export function timeTicks(model: DrawableChart, plotWidth: number) {
  const names = model.rows.map((r) => String(r[model.indexKey] ?? ""));
  const box = { left: 0, top: 0, width: Math.max(0, plotWidth), height: 0 };
  const xs = names.map((_, i) => rowX(box, i, names.length));
  const widths = names.map((n) => textWidth(n, AXIS.tick.fontSize));
  const values = visibleTicks(xs, widths, 8).map((i) => names[i]!);
  const anchor = (v: string) =>
    v === names[0] ? "start" : v === names.at(-1) ? "end" : ("middle" as const);
  function TimeTick({ x, y, payload }: TickProps) {
    const v = String(payload?.value ?? "");
    return (
      <text
        x={Number(x ?? 0)}
        y={Number(y ?? 0)}
        dy="0.71em"
        textAnchor={anchor(v)}
        fontSize={AXIS.tick.fontSize}
        style={AXIS.tick.style}
        fill={AXIS.tick.fill}
        className="recharts-text recharts-cartesian-axis-tick-value"
      >
        {v}
      </text>
    );
  }
  return { values, tick: TimeTick };
}
