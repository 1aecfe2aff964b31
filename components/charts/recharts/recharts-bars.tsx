"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import { ChartContainer } from "@/components/ui/chart";
import type { ChartRow, ChartSeries, DrawableChart } from "@/lib/charts/model/model";
import { labelRoom } from "@/lib/charts/render/axis-width";
import { columnsFit } from "@/lib/charts/render/category-names";
import { cssColor, markColor } from "@/lib/charts/render/style";
import { valueLabel } from "@/lib/charts/render/value-label";
import { formatNumber } from "@/lib/format";

import { AXIS, chartTitle, configOf } from "./axis";
import { renderLegend } from "./legend";
import { ColumnNameAxis, MARGIN_TOP, NameAxis } from "./name-axes";
import { useBoxWidth } from "./use-box-width";

/** The value axis beside columns, and the room after the last column. */
const VALUE_AXIS = 48;
const COLUMNS_RIGHT = 16;

function ValueAxis({ model }: { model: DrawableChart }) {
  return (
    <YAxis
      width={VALUE_AXIS}
      tickFormatter={(v: number) => formatNumber(v, model.unit, 0, model.locale)}
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
      // The drawn chart's widest bar and column (svg/bars.ts, category-names.ts columnWidth).
      maxBarSize={vertical ? 22 : 54}
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
  const [ref, width] = useBoxWidth<HTMLDivElement>();
  return <div ref={ref}>{width !== undefined && <BarsAt model={model} width={width} />}</div>;
}

function BarsAt({ model, width }: { model: DrawableChart; width: number }) {
  // Columns whose names or values would not fit go across as bars, as in the drawn chart.
  const vertical =
    model.layout === "vertical" ||
    !columnsFit(model, width - VALUE_AXIS - COLUMNS_RIGHT, AXIS.tick.fontSize);
  const format = (v: unknown) =>
    typeof v === "number" ? formatNumber(v, model.unit, model.decimals, model.locale) : "";
  // Room for the longest label at the end of a bar, as the labels are written.
  const right = vertical
    ? labelRoom(model.rows.flatMap((r) => model.series.map((x) => valueLabel(model, r, x.key))))
    : COLUMNS_RIGHT;
  return (
    <ChartContainer config={configOf(model)} height={model.height}>
      <BarChart
        responsive
        style={{ width: "100%", height: model.height }}
        data={model.rows}
        layout={vertical ? "vertical" : "horizontal"}
        margin={{ top: MARGIN_TOP, right, bottom: 0, left: 0 }}
        accessibilityLayer
        title={chartTitle(model)}
      >
        <CartesianGrid horizontal={!vertical} vertical={vertical} stroke="var(--border)" />
        {vertical ? (
          <XAxis type="number" hide />
        ) : (
          <ColumnNameAxis model={model} plotWidth={width - VALUE_AXIS - COLUMNS_RIGHT} />
        )}
        {vertical ? (
          <NameAxis model={model} width={width} height={model.height} />
        ) : (
          <ValueAxis model={model} />
        )}
        <Tooltip formatter={(v) => format(v)} cursor={{ fill: "var(--border)", opacity: 0.4 }} />
        {model.series.length > 1 && (
          <Legend verticalAlign="top" align="left" content={renderLegend} />
        )}
        {model.series.map((s) => SeriesBars({ model, s, vertical }))}
      </BarChart>
    </ChartContainer>
  );
}
