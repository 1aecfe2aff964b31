import type { DrawableChart } from "@/lib/charts/model/model";
import { valueLabel } from "@/lib/charts/render/value-label";

import { BG_CLASS, markColor } from "@/lib/charts/render/style";
import { regionPath } from "@/lib/site";

/** Horizontal bars in plain HTML: readable with no JavaScript, and crisp at any width. */
export function StaticBars({ model }: { model: DrawableChart }) {
  const series = model.series[0];
  if (!series) return null;
  const values = model.rows.map((r) => Number(r[series.key] ?? 0));
  const max = Math.max(...values, 0) || 1;
  const labels = model.rows.map((r) => valueLabel(model, r, series.key));
  // The longest bar leaves room beside it for the longest value label ("> $45 billion" needs more
  // than "81.31%"), so a label stays on one line on a phone. Same scale for every bar of the chart.
  // A label with a difference in words ("53,33% (−0,57 пайыздық тармақ)") wraps, and needs bars
  // no longer than 30% to keep its longest word clear of the edge.
  const reach = Math.min(75, Math.max(30, 95 - 4 * Math.max(...labels.map((l) => l.length))));
  // Row, label, value and bar styles are set once on the list and reach each row's parts by their
  // roles, not repeated per row: the dashboard draws about fifty bars, and per-row classes came to
  // ~6 kB of its HTML. Labels take two lines, as recharts draws them: a phone must not show
  // "Kassym-Jomart …". Rows whose names are links are at least 24 px tall, so on a phone each
  // link keeps clear of the next (WCAG 2.5.8, target size).
  return (
    <ul
      className={`${model.rowLinks ? "*:min-h-6" : ""} [&_[data-label]]:text-muted flex h-full flex-col justify-center gap-1.5 text-xs *:grid *:grid-cols-[minmax(0,38%)_1fr] *:items-center *:gap-2 sm:text-sm [&_[aria-hidden]]:block [&_[aria-hidden]]:h-4 [&_[aria-hidden]]:shrink-0 [&_[aria-hidden]]:rounded-sm [&_[data-label]]:line-clamp-2 [&_[data-label]]:text-right [&_[data-label]]:leading-tight [&_[data-label]]:break-words [&_[data-value]]:flex [&_[data-value]]:min-w-0 [&_[data-value]]:items-center [&_[data-value]]:gap-1.5 [&_[data-value]]:tabular-nums`}
    >
      {model.rows.map((row, i) => {
        const value = values[i] ?? 0;
        const color = markColor(series, !!model.highlight && row.id === model.highlight);
        const label = String(row[model.indexKey]);
        return (
          <li key={label}>
            <span data-label="" title={label}>
              {model.rowLinks === "region" && typeof row.id === "string" ? (
                <a href={regionPath(model.locale, row.id)}>{label}</a>
              ) : (
                label
              )}
            </span>
            <span data-value="">
              <span
                aria-hidden
                className={BG_CLASS[color]}
                style={{ width: `${(value / max) * reach}%` }}
              />
              <span>{labels[i]}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
