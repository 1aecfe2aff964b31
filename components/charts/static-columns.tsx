import type { DrawableChart } from "@/lib/charts/model/model";
import { valueLabel } from "@/lib/charts/render/value-label";

import { BG_CLASS, markColor } from "@/lib/charts/render/style";

/** Grouped vertical columns in plain HTML, one group per row of the model. */
export function StaticColumns({ model }: { model: DrawableChart }) {
  const max =
    Math.max(...model.rows.flatMap((r) => model.series.map((s) => Number(r[s.key] ?? 0))), 0) || 1;
  return (
    <div className="flex h-full flex-col">
      <div className="border-border flex min-h-0 flex-1 items-end justify-around gap-4 border-b pb-1">
        {model.rows.map((row) => (
          <div key={String(row[model.indexKey])} className="flex h-full items-end gap-1.5">
            {model.series.map((s) => {
              const value = Number(row[s.key] ?? 0);
              const color = markColor(s, !!model.highlight && row.id === model.highlight);
              return (
                <div
                  key={s.key}
                  className="flex h-full w-10 flex-col items-center justify-end sm:w-14"
                >
                  <span className="text-xs tabular-nums">{valueLabel(model, row, s.key)}</span>
                  <span
                    aria-hidden
                    className={`${BG_CLASS[color]} block w-full rounded-t-sm`}
                    style={{ height: `${(value / max) * 80}%` }}
                  />
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <div className="text-muted flex justify-around gap-4 pt-1 text-center text-xs">
        {model.rows.map((row) => (
          <span key={String(row[model.indexKey])} className="max-w-[45%]">
            {String(row[model.indexKey])}
          </span>
        ))}
      </div>
    </div>
  );
}
