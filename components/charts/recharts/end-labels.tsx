"use client";

import { useEffect } from "react";
import { DefaultZIndexes, useXAxisScale, useYAxisScale, ZIndexLayer } from "recharts";

import type { DrawableChart } from "@/lib/charts/model/model";
import {
  type Band,
  endLabelBaseline,
  endLabelText,
  lineEndLabels,
} from "@/lib/charts/render/line-geometry";
import { textWidth } from "@/lib/charts/render/svg/text";
import { formatNumber } from "@/lib/format";

/**
 * The lead line's and a lit line's name and newest value at the right end of the plot, on a band
 * of the card's colour, as the drawn chart writes them (lineEndLabels keeps them apart). Drawn
 * inside the chart for its scales, in the labels' layer: over the lines, the hover cursor and dots.
 * onBand hears the span they take down the chart, so the tooltip can keep off them.
 */
export function EndLabels({
  model,
  lit,
  onBand,
}: {
  model: DrawableChart;
  lit?: string;
  onBand: (band: Band | undefined) => void;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const right = x ? Number(x(model.rows.at(-1)?.[model.indexKey])) || 0 : 0;
  const left = x ? Number(x(model.rows[0]?.[model.indexKey])) || 0 : 0;
  const width = (t: string) => textWidth(t, 12, true);
  // Each label's words, baseline and band: 12 px text on a band from its top to 4 px under it.
  const labels =
    x && y
      ? lineEndLabels(model.series, model.rows, lit).map((l) => {
          const value = formatNumber(l.value, model.unit, model.decimals, model.locale);
          const text = endLabelText(l.series.label, value, right - left, width);
          const baseline = endLabelBaseline(Number(y(l.at)), 12, l.below);
          return { key: l.series.key, text, w: width(text), baseline, top: baseline - 12 };
        })
      : [];
  const bandTop = labels.length ? Math.min(...labels.map((l) => l.top)) : undefined;
  const bandBottom = labels.length ? Math.max(...labels.map((l) => l.top + 16)) : undefined;
  useEffect(() => {
    onBand(
      bandTop === undefined || bandBottom === undefined
        ? undefined
        : { top: bandTop, bottom: bandBottom },
    );
  }, [bandTop, bandBottom, onBand]);
  if (!x || !y) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.label}>
      <g aria-hidden>
        {labels.map(({ key, text, w, baseline, top }) => (
          <g key={key}>
            <rect
              x={right - w - 4}
              y={top}
              width={w + 4}
              height={16}
              rx={2}
              opacity={0.85}
              fill="var(--card)"
            />
            <text
              x={right - 2}
              y={baseline}
              textAnchor="end"
              fontSize={12}
              fontWeight={700}
              fill="var(--foreground)"
            >
              {text}
            </text>
          </g>
        ))}
      </g>
    </ZIndexLayer>
  );
}
