import type { DrawableChart } from "@/lib/charts/model/model";
import {
  drawOrder,
  lineEndLabels,
  percentY,
  polylinePoints,
} from "@/lib/charts/render/line-geometry";
import { formatNumber } from "@/lib/format";
import { cn } from "@/lib/ui/cn";

import { cssColor, lineStrokeWidth, markColor } from "@/lib/charts/render/style";

const BOX = { left: 0, top: 0, width: 600, height: 240 };
const TICKS = [0, 25, 50, 75, 100];

/**
 * Lines as an SVG that stretches to its box; strokes keep their width however it is scaled. Text
 * (axis values, line labels, times) is HTML placed in percent of the same box, so it is not stretched.
 */
export function StaticLines({ model }: { model: DrawableChart }) {
  const ordered = drawOrder(model.series, model.highlight);
  const labels = lineEndLabels(model.series, model.rows, model.highlight);
  const n = model.rows.length;
  // Every other time on a phone when there are many, so they never run into each other.
  const thin = n > 5;
  return (
    <div className="flex h-full flex-col pt-2 pl-9">
      <div className="relative min-h-0 flex-1">
        {TICKS.map((t) => (
          <span
            key={t}
            className="text-muted absolute -left-9 w-8 -translate-y-1/2 pr-1 text-right text-xs tabular-nums"
            style={{ top: `${100 - t}%` }}
          >
            {t}%
          </span>
        ))}
        <svg
          viewBox={`0 0 ${BOX.width} ${BOX.height}`}
          preserveAspectRatio="none"
          className="h-full w-full overflow-visible"
          aria-hidden
        >
          {TICKS.map((t) => (
            <line
              key={t}
              x1={0}
              x2={BOX.width}
              y1={percentY(BOX, t)}
              y2={percentY(BOX, t)}
              stroke="var(--border)"
              vectorEffect="non-scaling-stroke"
            />
          ))}
          {ordered.map((s) => (
            <polyline
              key={s.key}
              points={polylinePoints(BOX, model.rows, s.key)}
              fill="none"
              stroke={cssColor(markColor(s, s.key === model.highlight))}
              strokeWidth={lineStrokeWidth(s, model.highlight)}
              vectorEffect="non-scaling-stroke"
            />
          ))}
        </svg>
        {labels.map((l) => (
          <span
            key={l.series.key}
            // Just above its line's last point, so it names the line without covering its end.
            className="bg-card/80 absolute right-0 -mt-0.5 -translate-y-full rounded px-1 text-xs font-semibold tabular-nums"
            style={{ top: `${100 - l.at}%` }}
          >
            {l.series.label} {formatNumber(l.value, model.unit, model.decimals, model.locale)}
          </span>
        ))}
      </div>
      <div className="text-muted relative h-5 pt-1 text-xs tabular-nums">
        {model.rows.map((r, i) => (
          <span
            key={String(r[model.indexKey])}
            className={cn(
              "absolute whitespace-nowrap",
              i === 0 ? "left-0" : i === n - 1 ? "right-0" : "-translate-x-1/2",
              thin && i !== n - 1 && (i % 2 === 1 || i === n - 2) && "max-sm:hidden",
            )}
            style={i === 0 || i === n - 1 ? undefined : { left: `${(i / (n - 1)) * 100}%` }}
          >
            {String(r[model.indexKey])}
          </span>
        ))}
      </div>
    </div>
  );
}
