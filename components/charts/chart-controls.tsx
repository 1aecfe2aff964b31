"use client";

import { usePathname, useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import type { ChartViewOptions, ControlLabels } from "@/lib/charts/model/view-types";
import { toQueryString, type ChartParams } from "@/lib/charts/view/url-codec";

import { SelectField } from "./controls/select-field";
import { SeriesPicker } from "./controls/series-picker";
import { ToggleGroup } from "./controls/toggle-group";

import type { ControlWords } from "./control-words";

/** View controls: each change writes the query with the shared codec, as a new history entry, without a reload. */
export function ChartControls({
  options,
  params: initial,
  extra,
  labels,
  words,
}: {
  options: ChartViewOptions;
  params: ChartParams;
  extra: [string, string][];
  labels: ControlLabels;
  words: ControlWords;
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
  const sorts = options.sorts.map((s) => ({ id: s, label: words.sorts[s] }));
  const any =
    options.types.length > 1 ||
    options.measures.length > 1 ||
    options.sorts.length > 1 ||
    labels.highlight.length > 0 ||
    labels.revisions.length > 1 ||
    labels.show.length > 0;
  // No empty ruled-off row under a chart that has only one view.
  if (!any) return null;

  return (
    <div
      className="no-print border-border mt-4 flex flex-wrap items-end gap-4 border-t pt-3"
      aria-busy={pending}
      data-testid="chart-controls"
    >
      {options.types.length > 1 && (
        <ToggleGroup
          label={words.type}
          values={options.types}
          current={params.type ?? options.types[0]}
          names={words.types}
          onPick={(t, isDefault) => set({ type: isDefault ? null : t })}
        />
      )}
      {options.measures.length > 1 && (
        <ToggleGroup
          label={words.measure}
          values={options.measures}
          current={params.measure ?? options.measures[0]}
          names={words.measures}
          onPick={(m, isDefault) => set({ measure: isDefault ? null : m })}
        />
      )}
      {options.sorts.length > 1 && (
        <SelectField
          label={words.order}
          value={params.sort ?? options.sorts[0] ?? ""}
          options={sorts}
          onChange={(v) => set({ sort: options.sorts.find((s, i) => i > 0 && s === v) ?? null })}
        />
      )}
      {labels.highlight.length > 0 && (
        <SelectField
          label={words.highlight}
          value={params.highlight ?? ""}
          options={labels.highlight}
          empty={words.none}
          onChange={(v) => set({ highlight: v || null })}
        />
      )}
      {labels.revisions.length > 1 && (
        <SelectField
          label={words.revision}
          value={params.asOf ?? ""}
          options={labels.revisions}
          empty={words.newest}
          onChange={(v) => set({ asOf: v || null })}
        />
      )}
      {labels.show.length > 0 && (
        <SeriesPicker
          choices={labels.show}
          shown={params.show ?? labels.show.map((c) => c.id)}
          onChange={(show) => set({ show })}
          words={words}
        />
      )}
    </div>
  );
}
