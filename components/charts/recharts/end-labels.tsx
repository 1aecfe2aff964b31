"use client";

import { DefaultZIndexes, useXAxisScale, useYAxisScale, ZIndexLayer } from "recharts";

import type { DrawableChart } from "@/lib/charts/model/model";
import { endLabelBaseline, lineEndLabels } from "@/lib/charts/render/line-geometry";
import { textWidth } from "@/lib/charts/render/svg/text";
import { formatNumber } from "@/lib/format";

/**
 * The lead line's and a lit line's name and newest value at the right end of the plot, on a band
 * of the card's colour, as the drawn chart writes them (lineEndLabels keeps them apart). Drawn
 * inside the chart for its scales, in the labels' layer: over the lines, the hover cursor and dots.
 */
export function EndLabels({ model, lit }: { model: DrawableChart; lit?: string }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const last = model.rows.at(-1)?.[model.indexKey];
  const right = Number(x(last)) || 0;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.label}>
      <g aria-hidden>
        {lineEndLabels(model.series, model.rows, lit).map((l) => {
          const text = `${l.series.label} ${formatNumber(l.value, model.unit, model.decimals, model.locale)}`;
          const w = textWidth(text, 12, true);
          const top = endLabelBaseline(Number(y(l.at)), 12, l.below);
          return (
            <g key={l.series.key}>
              <rect
                x={right - w - 4}
                y={top - 12}
                width={w + 4}
                height={16}
                rx={2}
                opacity={0.85}
                fill="var(--card)"
              />
              <text
                x={right - 2}
                y={top}
                textAnchor="end"
                fontSize={12}
                fontWeight={700}
                fill="var(--foreground)"
              >
                {text}
              </text>
            </g>
          );
        })}
      </g>
    </ZIndexLayer>
  );
}
