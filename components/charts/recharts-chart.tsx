"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  Line,
  LineChart,
  Tooltip,
  useChartWidth,
  XAxis,
  YAxis,
} from "recharts";

import { ChartContainer, type ChartConfig } from "@/components/ui/chart";
import { labelRoom, nameAxisWidth } from "@/lib/charts/render/axis-width";
import { drawOrder } from "@/lib/charts/render/line-geometry";
import type { ChartRow, DrawableChart } from "@/lib/charts/model/model";
import { valueLabel } from "@/lib/charts/render/value-label";
import { formatNumber } from "@/lib/format";

import { cssColor, lineStrokeWidth, markColor } from "@/lib/charts/render/style";
import { LineTooltip } from "./line-tooltip";

// Ticks are coloured with fill only: a stroke on axis text smears it into the background. The size
// is also given as a style because recharts measures words for wrapping with the style alone: without
// it (or with a bare number, which a DOM style ignores) long names were measured at the page's 16 px,
// wrapped onto three lines and ran into each other.
const AXIS = {
  axisLine: { stroke: "var(--border)" },
  tickLine: false,
  tick: { fill: "var(--muted)", fontSize: 12, style: { fontSize: "12px" } },
} as const;

function configOf(model: DrawableChart): ChartConfig {
  return Object.fromEntries(model.series.map((s) => [s.key, { label: s.label, color: s.color }]));
}

/** The names beside horizontal bars, on one line when the chart is wide enough (see nameAxisWidth). */
function NameAxis({ model }: { model: DrawableChart }) {
  const width = nameAxisWidth(
    model.rows.map((r) => String(r[model.indexKey] ?? "")),
    useChartWidth(),
  );
  return <YAxis type="category" dataKey={model.indexKey} width={width} interval={0} {...AXIS} />;
}

/** The interactive chart (tooltips, keyboard navigation through recharts' accessibility layer). */
export function RechartsChart({ model }: { model: DrawableChart }) {
  const format = (v: unknown) =>
    typeof v === "number" ? formatNumber(v, model.unit, model.decimals) : "";
  const style = { width: "100%", height: model.height };
  const title = `${model.title}. ${model.summary}`;

  if (model.kind === "line") {
    return (
      <ChartContainer config={configOf(model)} height={model.height}>
        <LineChart
          responsive
          style={style}
          data={model.rows}
          margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
          accessibilityLayer
          title={title}
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
          <Legend />
        </LineChart>
      </ChartContainer>
    );
  }

  const vertical = model.layout === "vertical";
  // Room for the longest label at the end of a bar, as LabelList below writes it.
  const right = vertical
    ? labelRoom(model.rows.flatMap((r) => model.series.map((x) => valueLabel(model, r, x.key))))
    : 16;
  return (
    <ChartContainer config={configOf(model)} height={model.height}>
      <BarChart
        responsive
        style={style}
        data={model.rows}
        layout={vertical ? "vertical" : "horizontal"}
        margin={{ top: 20, right, bottom: 0, left: 0 }}
        accessibilityLayer
        title={title}
      >
        <CartesianGrid horizontal={!vertical} vertical={vertical} stroke="var(--border)" />
        {vertical ? (
          <>
            <XAxis type="number" hide />
            <NameAxis model={model} />
          </>
        ) : (
          <>
            <XAxis dataKey={model.indexKey} interval={0} {...AXIS} />
            <YAxis
              width={48}
              tickFormatter={(v: number) =>
                model.unit === "percent" ? `${v}%` : formatNumber(v, model.unit, 0)
              }
              {...AXIS}
            />
          </>
        )}
        <Tooltip formatter={(v) => format(v)} cursor={{ fill: "var(--border)", opacity: 0.4 }} />
        {model.series.length > 1 && <Legend />}
        {model.series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            fill={`var(--color-${s.key})`}
            radius={2}
            isAnimationActive={false}
          >
            {model.highlight &&
              model.rows.map((r) => (
                <Cell
                  key={String(r[model.indexKey])}
                  fill={
                    r.id === model.highlight
                      ? cssColor(markColor(s, true))
                      : `var(--color-${s.key})`
                  }
                />
              ))}
            <LabelList
              valueAccessor={(entry) => valueLabel(model, entry.payload as ChartRow, s.key)}
              position={vertical ? "right" : "top"}
              fill="var(--foreground)"
              fontSize={12}
            />
          </Bar>
        ))}
      </BarChart>
    </ChartContainer>
  );
}
