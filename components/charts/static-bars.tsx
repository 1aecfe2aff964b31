import type { DrawableChart } from "@/lib/charts/model";
import { formatNumber } from "@/lib/format";

import { BG_CLASS, highlightColor } from "./chart-colors";

/** Horizontal bars in plain HTML: readable with no JavaScript, and crisp at any width. */
export function StaticBars({ model }: { model: DrawableChart }) {
  const series = model.series[0];
  if (!series) return null;
  const values = model.rows.map((r) => Number(r[series.key] ?? 0));
  const max = Math.max(...values, 0) || 1;
  return (
    <ul className="flex h-full flex-col justify-center gap-1.5">
      {model.rows.map((row, i) => {
        const value = values[i] ?? 0;
        const color =
          model.highlight && row.id === model.highlight
            ? highlightColor(series.color)
            : series.color;
        return (
          <li
            key={String(row[model.indexKey])}
            className="grid grid-cols-[minmax(0,38%)_1fr] items-center gap-2 text-xs sm:text-sm"
          >
            {/* Two lines, as recharts draws them: a phone must not show "Kassym-Jomart …". */}
            <span
              className="text-muted line-clamp-2 text-right leading-tight break-words"
              title={String(row[model.indexKey])}
            >
              {String(row[model.indexKey])}
            </span>
            <span className="flex min-w-0 items-center gap-1.5">
              <span
                aria-hidden
                className={`${BG_CLASS[color]} block h-4 shrink-0 rounded-sm`}
                style={{ width: `${(value / max) * 75}%` }}
              />
              <span className="tabular-nums">
                {formatNumber(value, model.unit, model.decimals)}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
