"use client";

import type { DrawableChart } from "@/lib/charts/model/model";

import { RechartsBars } from "./recharts/recharts-bars";
import { RechartsLines } from "./recharts/recharts-lines";

/** The interactive chart (tooltips, keyboard navigation through recharts' accessibility layer). */
export function RechartsChart({ model }: { model: DrawableChart }) {
  return model.kind === "line" ? <RechartsLines model={model} /> : <RechartsBars model={model} />;
}
