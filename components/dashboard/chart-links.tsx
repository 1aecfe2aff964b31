import type { ReactNode } from "react";

import type { ChartModel } from "@/lib/charts/model/model";
import { chartPath } from "@/lib/site";

/**
 * Charts the dashboard names rather than draws: one line each, its title linking to its own page,
 * where it is drawn with its table, sources and downloads. Items after the charts (observers,
 * checks) come as children, so a section's further reading is one list.
 */
export function ChartLinks({
  charts,
  labelledBy,
  children,
}: {
  charts: ChartModel[];
  /** The id of the heading that names the list, when there is one. */
  labelledBy?: string;
  children?: ReactNode;
}) {
  return (
    <ul
      className="mt-3 space-y-2 text-sm"
      data-chart-links
      {...(labelledBy && { "aria-labelledby": labelledBy })}
    >
      {charts.map((c) => (
        <li key={c.id} data-chart-link={c.id}>
          <a href={chartPath(c.locale, c.id)}>{c.title}</a>
        </li>
      ))}
      {children}
    </ul>
  );
}
