import type { RevisionChange } from "@/lib/revisions/diff";

/** Shown on a link pinned to an older revision: what has changed since, and the way to the newest. */
export function PinnedBanner({
  change,
  latestHref,
}: {
  change: RevisionChange;
  latestHref: string;
}) {
  return (
    <div
      role="note"
      className="border-chart-3 bg-card rounded border-l-4 px-3 py-2 text-sm"
      data-testid="pinned-banner"
    >
      <p>
        This link shows the <strong>{change.from.label}</strong> revision. The newest is the{" "}
        <strong>{change.to.label}</strong> one. Since then: {change.changes.join("; ")}.
      </p>
      <p className="mt-1">
        <a href={latestHref}>See the newest figures</a>
      </p>
    </div>
  );
}
