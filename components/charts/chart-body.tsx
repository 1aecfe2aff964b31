"use client";

import type { ReactNode } from "react";

import type { DrawableChart } from "@/lib/charts/model/model";
import { provideNumberWords } from "#number-words";

import { DataTable } from "./data-table";
import { LazyChart, type LoadWhen } from "./lazy-chart";

/**
 * The data-bearing part of a chart figure: the chart, its generated description and its table.
 * One client component receives the model once; drawn on the server as HTML and hydrated from that
 * same model, the page does not also carry the chart and table as separate element trees.
 */
export function ChartBody({
  model,
  display,
  descId,
  loadWhen,
  tableHref,
  drawn,
  viewQuery,
  firstScreen,
}: {
  model: DrawableChart;
  display: "chart" | "table";
  descId: string;
  loadWhen: LoadWhen;
  /** Where visitors without JavaScript find the table, when it is drawn only on demand. */
  tableHref?: string;
  /**
   * A chart drawn on the server that needs no chart code here (cards): shown instead of the lazy
   * chart, so the page never fetches recharts for it.
   */
  drawn?: ReactNode;
  /** The view's query, for the chart's picture. */
  viewQuery: string;
  /** The chart opens on the page's first screen. */
  firstScreen?: boolean;
}) {
  // Before the table or chart formats a number: the browser holds only this page's words.
  provideNumberWords(model.locale, model.ui.numbers);
  return (
    <>
      {display === "chart" && (
        <div className="mt-3">
          {drawn ?? (
            <LazyChart
              model={model}
              when={loadWhen}
              viewQuery={viewQuery}
              firstScreen={firstScreen}
            />
          )}
        </div>
      )}
      <figcaption id={descId} className="mt-3 text-sm">
        {model.summary}
      </figcaption>
      {/* Keyed by display: switching the view to or from "table" opens or closes it afresh. */}
      <DataTable key={display} model={model} open={display === "table"} tableHref={tableHref} />
    </>
  );
}
