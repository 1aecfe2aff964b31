"use client";

import { useState } from "react";

import { cellUnit, isNumericColumn } from "@/lib/charts/model/cell-unit";
import type { DrawableChart } from "@/lib/charts/model/model";
import { formatNumber } from "@/lib/format";
import { provideNumberWords } from "#number-words";
import { regionPath } from "@/lib/site";

function cellText(model: DrawableChart, row: DrawableChart["rows"][number], i: number): string {
  const c = model.table[i]!;
  const v = row[c.key];
  if (v === null || v === undefined) return "–";
  if (c.shown && typeof v === "string") return c.shown[v] ?? v;
  const { unit, decimals } = cellUnit(c, row);
  return unit && typeof v === "number"
    ? formatNumber(v, unit, decimals ?? model.decimals, model.locale)
    : String(v);
}

/** Columns that a phone shows under the row's name rather than as columns of their own. */
const WIDE_ONLY = "hidden sm:table-cell";

function Table({ model }: { model: DrawableChart }) {
  const under = model.table.flatMap((c, i) => (c.onNarrow ? [i] : []));
  // Cell spacing and alignment are set once on the table (data-num marks numeric columns), not per
  // cell: a 20-column table would otherwise repeat the same classes hundreds of times in the page.
  return (
    <div
      className="mt-2 max-w-full overflow-x-auto"
      tabIndex={0}
      role="region"
      aria-label={model.ui.tableLabel}
    >
      <table className="[&_tbody_tr]:border-border/60 w-full border-collapse text-left text-xs sm:text-sm [&_[data-num]]:text-right [&_[data-num]]:tabular-nums [&_tbody_th]:font-normal [&_tbody_tr]:border-b [&_td]:px-2 [&_td]:py-1 [&_th]:px-2 [&_th]:py-1 [&_thead_th]:font-semibold">
        <caption className="sr-only">{model.title}</caption>
        <thead>
          <tr className="border-border border-b">
            {model.table.map((c) => (
              <th
                key={c.key}
                scope="col"
                data-num={isNumericColumn(c) ? "" : undefined}
                className={c.onNarrow ? WIDE_ONLY : undefined}
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => (
            <tr key={String(row[model.indexKey])}>
              {model.table.map((c, i) =>
                i === 0 ? (
                  <th key={c.key} scope="row">
                    {model.rowLinks === "region" && typeof row.id === "string" ? (
                      <a href={regionPath(model.locale, row.id)}>{cellText(model, row, i)}</a>
                    ) : (
                      cellText(model, row, i)
                    )}
                    {under.map((j) => {
                      const text = cellText(model, row, j);
                      const column = model.table[j]!;
                      return text && text !== "–" ? (
                        <span key={j} className="text-muted block sm:hidden">
                          {column.onNarrow === "under-index-labelled" && `${column.label}: `}
                          {text}
                        </span>
                      ) : null;
                    })}
                  </th>
                ) : (
                  <td
                    key={c.key}
                    data-num={isNumericColumn(c) ? "" : undefined}
                    className={c.onNarrow ? WIDE_ONLY : undefined}
                  >
                    {cellText(model, row, i)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The chart's numbers as a real table behind a native disclosure. With `tableHref` (the dashboard),
 * the table is drawn when first opened, from the data the page already holds, which keeps the
 * dashboard's HTML small; visitors without JavaScript get a link to the table on the chart's page.
 * Without it (a chart's own page, an embed), the table is in the HTML from the start.
 */
export function DataTable({
  model,
  open: initiallyOpen = false,
  tableHref,
}: {
  model: DrawableChart;
  open?: boolean;
  tableHref?: string;
}) {
  // The map's table stands outside a ChartBody; it hands the page's number words over itself.
  provideNumberWords(model.locale, model.ui.numbers);
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details
      className="group mt-3 text-sm"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="no-print text-accent focus-visible:outline-accent w-fit cursor-pointer rounded px-1 underline-offset-2 hover:underline focus-visible:outline-2">
        <span className="group-open:hidden">{model.ui.showTable}</span>
        <span className="hidden group-open:inline">{model.ui.hideTable}</span>
      </summary>
      {!tableHref || open ? (
        <Table model={model} />
      ) : (
        <noscript>
          <p className="mt-2">
            <a href={tableHref}>{model.ui.openTable}</a>
          </p>
        </noscript>
      )}
    </details>
  );
}
