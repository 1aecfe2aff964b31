"use client";

import type { DrawableChart } from "@/lib/charts/model/model";

import { RechartsBars } from "./recharts/recharts-bars";
import { RechartsLines } from "./recharts/recharts-lines";

/** The interactive chart (tooltips, keyboard navigation through recharts' accessibility layer). */
export function RechartsChart({ model }: { model: DrawableChart }) {
  // Cards have no interactive form: ChartBody shows them as drawn on the server and never loads this.
  if (model.kind === "cards") return null;
  return model.kind === "line" ? <RechartsLines model={model} /> : <RechartsBars model={model} />;
}
