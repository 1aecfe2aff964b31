import { Card } from "@/components/ui/card";
import type { ChartModel } from "@/lib/charts/model";
import type { Source } from "@/lib/schemas";

import { DataTable } from "./data-table";
import { LazyChart } from "./lazy-chart";
import { StaticChart } from "./static-chart";
import { StatusBadge } from "./status-badge";

function SourceLine({ sources }: { sources: Source[] }) {
  const shown = sources.slice(0, 2);
  const more = sources.length - shown.length;
  return (
    <p className="text-muted mt-3 text-xs">
      Source:{" "}
      {shown.map((s, i) => (
        <span key={s.id}>
          {i > 0 && "; "}
          <a href={s.url} rel="noopener noreferrer">
            {s.publisher}
          </a>
        </span>
      ))}
      {more > 0 && (
        <>
          {" "}
          and <a href="#sources">{more} more</a>
        </>
      )}
    </p>
  );
}

/** One chart: title, subtitle, status, the chart itself, a generated description, its table and its sources. */
export function ChartFigure({ model, sources }: { model: ChartModel; sources: Source[] }) {
  const titleId = `${model.id}-title`;
  const descId = `${model.id}-desc`;
  return (
    <Card className="min-w-0">
      <figure aria-labelledby={titleId} aria-describedby={descId} data-chart-id={model.id}>
        <h3 id={titleId} className="text-base font-semibold">
          {model.title}
        </h3>
        <p className="text-muted text-xs">{model.subtitle}</p>
        {model.status && <StatusBadge status={model.status.status} label={model.status.label} />}
        <div className="mt-3">
          <LazyChart model={model}>
            <StaticChart model={model} />
          </LazyChart>
        </div>
        <figcaption id={descId} className="mt-3 text-sm">
          {model.summary}
        </figcaption>
        <DataTable model={model} />
        <SourceLine sources={sources} />
      </figure>
    </Card>
  );
}
