import type { RevisionStatus } from "@/lib/data/schemas";
import { statusMarkClasses } from "@/lib/ui/status-mark";

/** The revision status of a figure; the word is always written, the mark only repeats it. */
export function StatusBadge({ status, label }: { status: RevisionStatus; label: string }) {
  return (
    <p
      className={`bg-background text-foreground mt-2 inline-block rounded px-2 py-0.5 text-xs ${statusMarkClasses(status)}`}
      data-status={status}
    >
      {label}
    </p>
  );
}
