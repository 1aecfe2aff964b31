import { Fragment } from "react";

import type { DrawableChart } from "@/lib/charts/model/model";
import { valueLabel } from "@/lib/charts/render/value-label";
import { cn } from "@/lib/ui/cn";

import { BG_CLASS, markColor } from "@/lib/charts/render/style";

/** Above this many columns the names and values are written upwards, at every width. */
const UPRIGHT_FROM = 9;

/**
 * Grouped vertical columns in plain HTML, one group per row of the model. A grid keeps each name in
 * the same grid column as its group, so it cannot drift under a neighbour; columns of minmax(0, 1fr)
 * share the width instead of overflowing a phone, where names and values are written upwards.
 */
export function StaticColumns({ model }: { model: DrawableChart }) {
  const max =
    Math.max(...model.rows.flatMap((r) => model.series.map((s) => Number(r[s.key] ?? 0))), 0) || 1;
  const upright =
    model.rows.length * model.series.length >= UPRIGHT_FROM
      ? "[writing-mode:vertical-rl] rotate-180"
      : "max-sm:[writing-mode:vertical-rl] max-sm:rotate-180";
  return (
    <div
      className="grid h-full gap-x-1 sm:gap-x-3"
      style={{
        gridTemplateColumns: `repeat(${model.rows.length}, minmax(0, 1fr))`,
        gridTemplateRows: "minmax(0, 1fr) auto",
      }}
    >
      {model.rows.map((row, i) => (
        <Fragment key={String(row[model.indexKey])}>
          <div
            className="border-border flex min-h-0 items-end justify-center gap-0.5 border-b pb-px"
            style={{ gridColumn: i + 1, gridRow: 1 }}
          >
            {model.series.map((s) => {
              const value = Number(row[s.key] ?? 0);
              const color = markColor(s, !!model.highlight && row.id === model.highlight);
              return (
                <div
                  key={s.key}
                  className="flex h-full max-w-14 min-w-0 flex-1 flex-col items-center justify-end"
                >
                  <span className={cn("text-xs whitespace-nowrap tabular-nums", upright)}>
                    {valueLabel(model, row, s.key)}
                  </span>
                  <span
                    aria-hidden
                    className={`${BG_CLASS[color]} block w-full rounded-t-sm`}
                    style={{ height: `${(value / max) * 80}%` }}
                  />
                </div>
              );
            })}
          </div>
          <span
            className={cn(
              "text-muted self-start justify-self-center pt-1 text-center text-xs break-words",
              upright,
            )}
            style={{ gridColumn: i + 1, gridRow: 2 }}
          >
            {String(row[model.indexKey])}
          </span>
        </Fragment>
      ))}
    </div>
  );
}
