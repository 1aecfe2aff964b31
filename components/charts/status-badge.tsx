import type { RevisionStatus } from "@/lib/data/schemas";

const STYLE: Record<RevisionStatus, string> = {
  preliminary: "border-chart-3 text-foreground",
  final: "border-chart-4 text-foreground",
  certified: "border-chart-4 text-foreground",
};

/** The revision status of a figure; the word is always written, colour only repeats it. */
export function StatusBadge({ status, label }: { status: RevisionStatus; label: string }) {
  return (
    <p
      className={`bg-background mt-2 inline-block rounded border-l-4 px-2 py-0.5 text-xs ${STYLE[status]}`}
      data-status={status}
    >
      {label}
    </p>
  );
}
