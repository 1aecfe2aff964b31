"use client";

import { useXAxisScale, useYAxisScale } from "recharts";

import type { DrawableChart } from "@/lib/charts/model/model";
import { lineEndLabels } from "@/lib/charts/render/line-geometry";
import { LINE_STROKE } from "@/lib/charts/render/style";
import { textWidth } from "@/lib/charts/render/svg/text";
import { formatNumber } from "@/lib/format";

/**
 * The lead line's and a lit line's name and newest value at the right end of the plot, on a band
 * of the card's colour, as the drawn chart writes them (lineEndLabels spreads labels that would
 * touch). Drawn inside the chart for its scales.
 */
export function EndLabels({ model, lit }: { model: DrawableChart; lit?: string }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const last = model.rows.at(-1)?.[model.indexKey];
  const right = Number(x(last)) || 0;
  return (
    <g aria-hidden>
      {lineEndLabels(model.series, model.rows, lit).map((l) => {
        const text = `${l.series.label} ${formatNumber(l.value, model.unit, model.decimals, model.locale)}`;
        const w = textWidth(text, 12, true);
        const top = Number(y(l.at)) - 4 - LINE_STROKE.lead;
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
  );
}
