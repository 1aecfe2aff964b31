"use client";

import { usePathname, useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { toQueryString, type ChartParams } from "@/lib/charts/view/url-codec";
import type { ChartViewOptions, ControlLabels } from "@/lib/charts/model/view-types";

const TYPE_LABEL = { bars: "Bars", columns: "Columns", lines: "Lines", table: "Table" } as const;
const SORT_LABEL = {
  data: "As published",
  desc: "Largest first",
  asc: "Smallest first",
  alpha: "A to Z",
} as const;
const MEASURE_LABEL = { share: "Share", votes: "Votes" } as const;

const FIELD = "flex flex-col gap-1 text-xs text-muted";
const SELECT = "rounded border border-border bg-card px-2 py-1 text-sm text-foreground";

/** View controls: each change rewrites the query with the shared codec, without a reload. */
export function ChartControls({
  options,
  params: initial,
  extra,
  labels,
}: {
  options: ChartViewOptions;
  params: ChartParams;
  extra: [string, string][];
  labels: ControlLabels;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  // Local state, so quick successive changes build on each other before the server answers.
  const [params, setParams] = useState(initial);
  const set = (patch: Partial<ChartParams>) => {
    const next = { ...params, ...patch };
    setParams(next);
    startTransition(() =>
      router.replace(`${pathname}${toQueryString(next, extra)}`, { scroll: false }),
    );
  };
  const type = params.type ?? options.types[0];
  const shown = params.show ?? labels.show.map((c) => c.id);

  return (
    <div
      className="no-print flex flex-wrap items-end gap-4"
      aria-busy={pending}
      data-testid="chart-controls"
    >
      {options.types.length > 1 && (
        <div
          role="group"
          aria-label="Chart type"
          className="border-border bg-card inline-flex rounded-md border p-0.5 text-sm"
        >
          {options.types.map((t, i) => (
            <button
              key={t}
              type="button"
              aria-pressed={type === t}
              onClick={() => set({ type: i === 0 ? null : t })}
              className="aria-pressed:bg-foreground aria-pressed:text-background rounded px-2 py-1"
            >
              {TYPE_LABEL[t]}
            </button>
          ))}
        </div>
      )}
      {options.measures.length > 1 && (
        <div
          role="group"
          aria-label="Measure"
          className="border-border bg-card inline-flex rounded-md border p-0.5 text-sm"
        >
          {options.measures.map((m, i) => (
            <button
              key={m}
              type="button"
              aria-pressed={(params.measure ?? options.measures[0]) === m}
              onClick={() => set({ measure: i === 0 ? null : m })}
              className="aria-pressed:bg-foreground aria-pressed:text-background rounded px-2 py-1"
            >
              {MEASURE_LABEL[m]}
            </button>
          ))}
        </div>
      )}
      {options.sorts.length > 1 && (
        <label className={FIELD}>
          Order
          <select
            className={SELECT}
            value={params.sort ?? options.sorts[0]}
            onChange={(e) =>
              set({
                sort:
                  e.target.value === options.sorts[0]
                    ? null
                    : (e.target.value as ChartParams["sort"]),
              })
            }
          >
            {options.sorts.map((s) => (
              <option key={s} value={s}>
                {SORT_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
      )}
      {labels.highlight.length > 0 && (
        <label className={FIELD}>
          Highlight
          <select
            className={SELECT}
            value={params.highlight ?? ""}
            onChange={(e) => set({ highlight: e.target.value || null })}
          >
            <option value="">None</option>
            {labels.highlight.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {labels.revisions.length > 1 && (
        <label className={FIELD}>
          Revision
          <select
            className={SELECT}
            value={params.asOf ?? ""}
            onChange={(e) => set({ asOf: e.target.value || null })}
          >
            <option value="">Newest (follows updates)</option>
            {labels.revisions.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {labels.show.length > 0 && (
        <details className="text-sm">
          <summary className="text-accent cursor-pointer">
            Regions shown ({shown.length} of {labels.show.length})
          </summary>
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              className="border-border rounded border px-2 py-0.5 text-xs"
              onClick={() => set({ show: null })}
            >
              All
            </button>
            <button
              type="button"
              className="border-border rounded border px-2 py-0.5 text-xs"
              onClick={() => set({ show: [] })}
            >
              None
            </button>
          </div>
          <fieldset className="mt-2 grid grid-cols-1 gap-1 sm:grid-cols-2">
            <legend className="sr-only">Regions shown</legend>
            {labels.show.map((c) => (
              <label key={c.id} className="flex items-center gap-2 text-xs">
                <input
                  type="checkbox"
                  checked={shown.includes(c.id)}
                  onChange={(e) => {
                    const next = e.target.checked
                      ? [...shown, c.id]
                      : shown.filter((x) => x !== c.id);
                    set({
                      show:
                        next.length === labels.show.length
                          ? null
                          : labels.show.map((x) => x.id).filter((id) => next.includes(id)),
                    });
                  }}
                />
                {c.label}
              </label>
            ))}
          </fieldset>
        </details>
      )}
    </div>
  );
}
