"use client";

import { usePathname, useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import type { ChartViewOptions, ControlLabels } from "@/lib/charts/model/view-types";
import { toQueryString, type ChartParams } from "@/lib/charts/view/url-codec";

import { SelectField } from "./controls/select-field";
import { SeriesPicker } from "./controls/series-picker";
import { ToggleGroup } from "./controls/toggle-group";

const TYPE_LABEL = {
  bars: "Bars",
  columns: "Columns",
  lines: "Lines",
  map: "Map",
  cards: "Cards",
  table: "Table",
} as const;
const SORT_LABEL = {
  data: "As published",
  desc: "Largest first",
  asc: "Smallest first",
  alpha: "A to Z",
} as const;
const MEASURE_LABEL = { share: "Share", votes: "Votes" } as const;

/** View controls: each change writes the query with the shared codec, as a new history entry, without a reload. */
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
  // Back and Forward bring the server's view of another entry: follow it (compared as the URL it
  // writes). Not while our own changes are on their way, which would undo the newer ones.
  const [seen, setSeen] = useState(initial);
  if (!pending && toQueryString(initial) !== toQueryString(seen)) {
    setSeen(initial);
    setParams(initial);
  }
  const set = (patch: Partial<ChartParams>) => {
    const next = { ...params, ...patch };
    setParams(next);
    // A new history entry per change, so Back steps through the views a reader tried.
    startTransition(() =>
      router.push(`${pathname}${toQueryString(next, extra)}`, { scroll: false }),
    );
  };
  const sorts = options.sorts.map((s) => ({ id: s, label: SORT_LABEL[s] }));

  return (
    <div
      className="no-print flex flex-wrap items-end gap-4"
      aria-busy={pending}
      data-testid="chart-controls"
    >
      {options.types.length > 1 && (
        <ToggleGroup
          label="Chart type"
          values={options.types}
          current={params.type ?? options.types[0]}
          names={TYPE_LABEL}
          onPick={(t, isDefault) => set({ type: isDefault ? null : t })}
        />
      )}
      {options.measures.length > 1 && (
        <ToggleGroup
          label="Measure"
          values={options.measures}
          current={params.measure ?? options.measures[0]}
          names={MEASURE_LABEL}
          onPick={(m, isDefault) => set({ measure: isDefault ? null : m })}
        />
      )}
      {options.sorts.length > 1 && (
        <SelectField
          label="Order"
          value={params.sort ?? options.sorts[0] ?? ""}
          options={sorts}
          onChange={(v) => set({ sort: options.sorts.find((s, i) => i > 0 && s === v) ?? null })}
        />
      )}
      {labels.highlight.length > 0 && (
        <SelectField
          label="Highlight"
          value={params.highlight ?? ""}
          options={labels.highlight}
          empty="None"
          onChange={(v) => set({ highlight: v || null })}
        />
      )}
      {labels.revisions.length > 1 && (
        <SelectField
          label="Revision"
          value={params.asOf ?? ""}
          options={labels.revisions}
          empty="Newest (follows updates)"
          onChange={(v) => set({ asOf: v || null })}
        />
      )}
      {labels.show.length > 0 && (
        <SeriesPicker
          choices={labels.show}
          shown={params.show ?? labels.show.map((c) => c.id)}
          onChange={(show) => set({ show })}
        />
      )}
    </div>
  );
}
