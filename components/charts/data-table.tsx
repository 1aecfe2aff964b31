import type { ChartModel } from "@/lib/charts/model";
import { formatNumber } from "@/lib/format";

/** The chart's numbers as a real table, behind a native disclosure that works without JavaScript. */
export function DataTable({ model, open = false }: { model: ChartModel; open?: boolean }) {
  return (
    <details className="group mt-3 text-sm" open={open}>
      <summary className="no-print text-accent focus-visible:outline-accent w-fit cursor-pointer rounded px-1 underline-offset-2 hover:underline focus-visible:outline-2">
        <span className="group-open:hidden">Show table</span>
        <span className="hidden group-open:inline">Hide table</span>
      </summary>
      <div
        className="mt-2 max-w-full overflow-x-auto"
        tabIndex={0}
        role="region"
        aria-label={`${model.title}: data table`}
      >
        <table className="w-full border-collapse text-left text-xs sm:text-sm">
          <caption className="sr-only">{model.title}</caption>
          <thead>
            <tr className="border-border border-b">
              {model.table.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  className={`px-2 py-1 font-semibold ${c.unit ? "text-right" : ""}`}
                >
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row) => (
              <tr key={String(row[model.indexKey])} className="border-border/60 border-b">
                {model.table.map((c, i) => {
                  const v = row[c.key];
                  const text =
                    v === null || v === undefined
                      ? "–"
                      : c.unit && typeof v === "number"
                        ? formatNumber(v, c.unit, c.decimals ?? model.decimals)
                        : String(v);
                  return i === 0 ? (
                    <th key={c.key} scope="row" className="px-2 py-1 font-normal">
                      {text}
                    </th>
                  ) : (
                    <td
                      key={c.key}
                      className={`px-2 py-1 ${c.unit ? "text-right tabular-nums" : ""}`}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
