import Link from "next/link";

import { formatDate } from "@/lib/format";
import type { RevisionChange } from "@/lib/revisions/diff";
import { chartPath } from "@/lib/site";
import { DEFAULT_CHART_PARAMS, toQueryString } from "@/lib/charts/view/url-codec";

/** Every change between revisions, newest first, each with links to both revisions. */
export function ChangeLog({
  entries,
  charts,
}: {
  entries: RevisionChange[];
  charts: Map<string, string>;
}) {
  if (entries.length === 0) return <p>No dataset has more than one revision yet.</p>;
  return (
    <ol className="space-y-4">
      {entries.map((e) => {
        const chart = charts.get(e.datasetId);
        const link = (revision: string, label: string) =>
          chart ? (
            <Link
              href={chartPath(chart, toQueryString({ ...DEFAULT_CHART_PARAMS, asOf: revision }))}
            >
              {label}
            </Link>
          ) : (
            <span>{label}</span>
          );
        return (
          <li
            key={`${e.datasetId}-${e.to.id}`}
            className="border-border bg-card rounded-lg border p-4"
            data-change={`${e.datasetId}/${e.to.id}`}
          >
            <p className="text-muted text-xs">
              <time dateTime={e.to.asOf}>{formatDate(e.to.asOf)}</time> · {e.datasetTitle}
            </p>
            <p className="mt-1 text-sm">
              From {link(e.from.id, e.from.label)} to {link(e.to.id, e.to.label)}
            </p>
            <ul className="mt-2 list-disc pl-5 text-sm">
              {e.changes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
