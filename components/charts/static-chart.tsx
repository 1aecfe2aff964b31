import type { DrawableChart } from "@/lib/charts/model/model";

import { StaticBars } from "./static-bars";
import { StaticColumns } from "./static-columns";
import { StaticLines } from "./static-lines";

/** The server-rendered chart: what no-JavaScript visitors see, and what shows until the chart code arrives. */
export function StaticChart({ model }: { model: DrawableChart }) {
  // Cards are drawn on the server (ChartFigure → StaticCards) and never reach the browser's chart code.
  if (model.kind === "cards") return null;
  if (model.kind === "line") return <StaticLines model={model} />;
  return model.layout === "vertical" ? (
    <StaticBars model={model} />
  ) : (
    <StaticColumns model={model} />
  );
}
