"use client";

import { useState, type KeyboardEvent } from "react";
import {
  CartesianGrid,
  getRelativeCoordinate,
  Legend,
  Line,
  LineChart,
  type MouseHandlerDataParam,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import { ChartContainer } from "@/components/ui/chart";
import type { DrawableChart } from "@/lib/charts/model/model";
import { type Band, drawOrder, tooltipTop } from "@/lib/charts/render/line-geometry";
import { cssColor, lineStrokeWidth, markColor } from "@/lib/charts/render/style";
import { formatNumber } from "@/lib/format";

import { lineTooltipHeight, LineTooltip, tooltipLines } from "../line-tooltip";
import { AXIS, chartTitle, configOf } from "./axis";
import { EndLabels } from "./end-labels";
import { renderLegend } from "./legend";
import { nextLine } from "./line-keys";
import { ActiveRow, NearestLine, type LinePointer } from "./nearest-line";
import { timeTicks } from "./time-ticks";
import { useBoxWidth } from "./use-box-width";

const VALUE_AXIS = 40;

/** The named line and its value at the row, for screen readers as the tooltip shows it. */
function spoken(model: DrawableChart, key: string | undefined, row: number | undefined): string {
  const s = model.series.find((x) => x.key === key);
  const v = model.rows[row ?? model.rows.length - 1]?.[key ?? ""];
  if (!s || typeof v !== "number") return "";
  return `${s.label}: ${formatNumber(v, model.unit, model.decimals, model.locale)}`;
}

/** The row under a pointer or finger and its height in the chart, from recharts' event state. */
function pointerAt(
  state: MouseHandlerDataParam,
  at: { relativeY: number } | undefined,
): LinePointer | undefined {
  const index = Number(state.activeTooltipIndex);
  return Number.isInteger(index) && at ? { index, y: at.relativeY } : undefined;
}
const RIGHT = 16;

/**
 * A percentage over time: the lead line, muted lines behind it, and a highlighted one if any. The
 * muted line nearest the pointer is lit and named in the tooltip, so each of the twenty regions can
 * be told apart; from the keyboard, Up and Down do the same in the chart, and the page's "highlight"
 * control lights one for good.
 */
export function RechartsLines({ model }: { model: DrawableChart }) {
  const [ref, width] = useBoxWidth<HTMLDivElement>();
  const [pointer, setPointer] = useState<LinePointer>();
  const [hovered, setHovered] = useState<string>();
  const [row, setRow] = useState<number>();
  const [labels, setLabels] = useState<Band>();
  // Up and Down name the regional lines one by one at the row the keyboard is on (the newest
  // until Left or Right picks one), as the pointer does by hovering.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "ArrowUp" && e.key !== "ArrowDown") return;
    const next = nextLine(model, row ?? model.rows.length - 1, hovered, e.key);
    if (next === undefined) return;
    e.preventDefault();
    setHovered(next);
  };
  const ticks = timeTicks(model, (width ?? 0) - VALUE_AXIS - RIGHT);
  const lit = (key: string) => key === model.highlight || key === hovered;
  // The tooltip never wider than the chart beside the value axis, where recharts keeps its left edge.
  const tipWidth = width ? width - VALUE_AXIS : undefined;
  const shownRow = model.rows[pointer?.index ?? row ?? model.rows.length - 1];
  const tip = tooltipLines(
    model,
    shownRow?.[model.indexKey] as string | number | undefined,
    hovered,
  );
  return (
    <div ref={ref} onKeyDown={onKeyDown}>
      <ChartContainer config={configOf(model)} height={model.height}>
        <LineChart
          responsive
          style={{ width: "100%", height: model.height }}
          data={model.rows}
          margin={{ top: 8, right: RIGHT, bottom: 0, left: 0 }}
          accessibilityLayer
          title={chartTitle(model)}
          onMouseMove={(state, e) => setPointer(pointerAt(state, getRelativeCoordinate(e)))}
          onTouchMove={(state, e) => setPointer(pointerAt(state, getRelativeCoordinate(e)[0]))}
          onMouseLeave={() => setPointer(undefined)}
        >
          <CartesianGrid vertical={false} stroke="var(--border)" />
          <XAxis
            dataKey={model.indexKey}
            {...AXIS}
            interval={0}
            ticks={ticks.values}
            tick={ticks.tick}
          />
          <YAxis
            domain={[0, 100]}
            width={VALUE_AXIS}
            tickFormatter={(v: number) => formatNumber(v, "percent", 0, model.locale)}
            {...AXIS}
          />
          <Tooltip
            content={<LineTooltip model={model} hovered={hovered} maxWidth={tipWidth} />}
            position={
              labels && {
                y: tooltipTop(labels, model.height, lineTooltipHeight(tip, tipWidth)),
              }
            }
          />
          {drawOrder(model.series, hovered ?? model.highlight).map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={lit(s.key) ? cssColor(markColor(s, true)) : `var(--color-${s.key})`}
              strokeWidth={lineStrokeWidth(s, lit(s.key) ? s.key : model.highlight)}
              dot={!s.muted || lit(s.key)}
              activeDot={!s.muted || lit(s.key)}
              isAnimationActive={false}
              connectNulls={false}
              legendType={s.muted && s.key !== model.highlight ? "none" : "line"}
            />
          ))}
          <NearestLine model={model} pointer={pointer} onChange={setHovered} />
          <ActiveRow model={model} onChange={setRow} />
          <EndLabels model={model} lit={hovered ?? model.highlight} onBand={setLabels} />
          <Legend verticalAlign="top" align="left" content={renderLegend} />
        </LineChart>
      </ChartContainer>
      <p className="sr-only" aria-live="polite">
        {spoken(model, hovered, row)}
      </p>
    </div>
  );
}
