"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  Text,
  type TextProps,
  Tooltip,
  useChartWidth,
  XAxis,
  YAxis,
} from "recharts";

import { ChartContainer } from "@/components/ui/chart";
import type { ChartRow, ChartSeries, DrawableChart } from "@/lib/charts/model/model";
import { labelRoom, nameAxisWidth } from "@/lib/charts/render/axis-width";
import { cssColor, markColor } from "@/lib/charts/render/style";
import { valueLabel } from "@/lib/charts/render/value-label";
import { formatNumber } from "@/lib/format";
import { regionPath } from "@/lib/site";

import { AXIS, chartTitle, configOf } from "./axis";
import { renderLegend } from "./legend";

/**
 * A name that links to its unit's page, drawn as recharts draws a tick (its Text wraps long names),
 * so the interactive chart keeps the links the drawn one has.
 */
function linkedTick(model: DrawableChart) {
  const ids = new Map(model.rows.map((r) => [String(r[model.indexKey] ?? ""), r.id]));
  return function LinkedTick(props: TextProps & { payload?: { value?: unknown } }) {
    const { payload, ...rest } = props;
    const label = String(payload?.value ?? "");
    const id = ids.get(label);
    const text = (
      // A function tick gets none of AXIS.tick's settings: the size is given again, for wrapping too.
      <Text
        {...rest}
        {...AXIS.tick}
        fill={typeof id === "string" ? "var(--accent)" : AXIS.tick.fill}
      >
        {label}
      </Text>
    );
    return typeof id === "string" ? <a href={regionPath(model.locale, id)}>{text}</a> : text;
  };
}

/** The names beside horizontal bars, on one line when the chart is wide enough (see nameAxisWidth). */
function NameAxis({ model }: { model: DrawableChart }) {
  const width = nameAxisWidth(
    model.rows.map((r) => String(r[model.indexKey] ?? "")),
    useChartWidth(),
  );
  return (
    <YAxis
      type="category"
      dataKey={model.indexKey}
      width={width}
      interval={0}
      {...AXIS}
      {...(model.rowLinks === "region" ? { tick: linkedTick(model) } : {})}
    />
  );
}

function ValueAxis({ model }: { model: DrawableChart }) {
  return (
    <YAxis
      width={48}
      tickFormatter={(v: number) =>
        model.unit === "percent" ? `${v}%` : formatNumber(v, model.unit, 0, model.locale)
      }
      {...AXIS}
    />
  );
}

/** One series' bars, each labelled as the source stated it; a highlighted row in its own colour. */
function SeriesBars({
  model,
  s,
  vertical,
}: {
  model: DrawableChart;
  s: ChartSeries;
  vertical: boolean;
}) {
  const fill = `var(--color-${s.key})`;
  return (
    <Bar
      key={s.key}
      dataKey={s.key}
      name={s.label}
      fill={fill}
      radius={2}
      isAnimationActive={false}
    >
      {model.highlight &&
        model.rows.map((r) => (
          <Cell
            key={String(r[model.indexKey])}
            fill={r.id === model.highlight ? cssColor(markColor(s, true)) : fill}
          />
        ))}
      <LabelList
        valueAccessor={(entry) => valueLabel(model, entry.payload as ChartRow, s.key)}
        position={vertical ? "right" : "top"}
        fill="var(--foreground)"
        fontSize={12}
      />
    </Bar>
  );
}

/** Bars (names beside them) or columns (names below), with value labels at their ends. */
export function RechartsBars({ model }: { model: DrawableChart }) {
  const vertical = model.layout === "vertical";
  const format = (v: unknown) =>
    typeof v === "number" ? formatNumber(v, model.unit, model.decimals, model.locale) : "";
  // Room for the longest label at the end of a bar, as the labels are written.
  const right = vertical
    ? labelRoom(model.rows.flatMap((r) => model.series.map((x) => valueLabel(model, r, x.key))))
    : 16;
  return (
    <ChartContainer config={configOf(model)} height={model.height}>
      <BarChart
        responsive
        style={{ width: "100%", height: model.height }}
        data={model.rows}
        layout={vertical ? "vertical" : "horizontal"}
        margin={{ top: 20, right, bottom: 0, left: 0 }}
        accessibilityLayer
        title={chartTitle(model)}
      >
        <CartesianGrid horizontal={!vertical} vertical={vertical} stroke="var(--border)" />
        {vertical ? (
          <XAxis type="number" hide />
        ) : (
          <XAxis dataKey={model.indexKey} interval={0} {...AXIS} />
        )}
        {vertical ? <NameAxis model={model} /> : <ValueAxis model={model} />}
        <Tooltip formatter={(v) => format(v)} cursor={{ fill: "var(--border)", opacity: 0.4 }} />
        {model.series.length > 1 && <Legend content={renderLegend} />}
        {model.series.map((s) => SeriesBars({ model, s, vertical }))}
      </BarChart>
    </ChartContainer>
  );
}
