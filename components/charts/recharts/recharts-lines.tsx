"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";

import { ChartContainer } from "@/components/ui/chart";
import type { DrawableChart } from "@/lib/charts/model/model";
import { drawOrder } from "@/lib/charts/render/line-geometry";
import { cssColor, lineStrokeWidth, markColor } from "@/lib/charts/render/style";

import { LineTooltip } from "../line-tooltip";
import { AXIS, chartTitle, configOf } from "./axis";
import { renderLegend } from "./legend";

/** A percentage over time: the lead line, muted lines behind it, and a highlighted one if any. */
export function RechartsLines({ model }: { model: DrawableChart }) {
  return (
    <ChartContainer config={configOf(model)} height={model.height}>
      <LineChart
        responsive
        style={{ width: "100%", height: model.height }}
        data={model.rows}
        margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
        accessibilityLayer
        title={chartTitle(model)}
      >
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <XAxis dataKey={model.indexKey} {...AXIS} />
        <YAxis domain={[0, 100]} width={40} tickFormatter={(v: number) => `${v}%`} {...AXIS} />
        <Tooltip content={<LineTooltip model={model} />} />
        {drawOrder(model.series, model.highlight).map((s) => {
          const lit = s.key === model.highlight;
          return (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={lit ? cssColor(markColor(s, lit)) : `var(--color-${s.key})`}
              strokeWidth={lineStrokeWidth(s, model.highlight)}
              dot={!s.muted || lit}
              activeDot={!s.muted || lit}
              isAnimationActive={false}
              connectNulls={false}
              legendType={s.muted && !lit ? "none" : "line"}
            />
          );
        })}
        <Legend content={renderLegend} />
      </LineChart>
    </ChartContainer>
  );
}
