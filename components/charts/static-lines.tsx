import type { DrawableChart } from "@/lib/charts/model/model";
import { drawOrder, percentY, polylinePoints } from "@/lib/charts/render/line-geometry";
import { formatNumber } from "@/lib/format";

import { cssColor, lineStrokeWidth, markColor } from "@/lib/charts/render/style";

const BOX = { left: 0, top: 0, width: 600, height: 240 };

/** Lines as an SVG that stretches to its box; strokes keep their width however it is scaled. */
export function StaticLines({ model }: { model: DrawableChart }) {
  const ordered = drawOrder(model.series, model.highlight);
  const lead = model.series.find((s) => !s.muted);
  const lastLead = lead
    ? [...model.rows].reverse().find((r) => typeof r[lead.key] === "number")
    : undefined;
  return (
    <div className="flex h-full flex-col">
      <div className="relative min-h-0 flex-1">
        <svg
          viewBox={`0 0 ${BOX.width} ${BOX.height}`}
          preserveAspectRatio="none"
          className="h-full w-full overflow-visible"
          aria-hidden
        >
          {[0, 25, 50, 75, 100].map((t) => (
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
        {lead && lastLead && (
          <span className="bg-card/80 absolute top-0 right-0 rounded px-1 text-xs font-semibold tabular-nums">
            {lead.label} {formatNumber(lastLead[lead.key] as number, model.unit, model.decimals)}
          </span>
        )}
      </div>
      <div className="text-muted flex justify-between pt-1 text-xs tabular-nums">
        {model.rows.map((r) => (
          <span key={String(r[model.indexKey])}>{String(r[model.indexKey])}</span>
        ))}
      </div>
    </div>
  );
}
