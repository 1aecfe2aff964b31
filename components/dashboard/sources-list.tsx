import { formatDate } from "@/lib/format";
import type { Source } from "@/lib/schemas";

const KIND_LABEL: Record<Source["kind"], string> = {
  article: "Article",
  official_result: "Official result",
  official_record: "Official record",
  press_report: "Press report",
  reference: "Reference work",
};

/** Every source with its publisher, date and link, and what on the page rests on it. */
export function SourcesList({
  sources,
  usage,
}: {
  sources: Source[];
  usage: Map<string, string[]>;
}) {
  const sorted = [...sources].sort(
    (a, b) =>
      Number(b.kind === "article") - Number(a.kind === "article") ||
      a.publisher.localeCompare(b.publisher),
  );
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {sorted.map((s) => {
        const used = usage.get(s.id) ?? [];
        return (
          <li
            key={s.id}
            id={`source-${s.id}`}
            className="border-border bg-card rounded-lg border p-4 text-sm"
          >
            <p className="text-muted text-xs">
              {KIND_LABEL[s.kind]} · {s.publisher} ·{" "}
              {s.published ? formatDate(s.published) : "date not shown"} ·{" "}
              {s.language.toUpperCase()}
            </p>
            <p className="mt-1 font-medium break-words">
              <a href={s.url} rel="noopener noreferrer">
                {s.title}
              </a>
            </p>
            {s.note && <p className="mt-1 text-xs">{s.note}</p>}
            {used.length > 0 && (
              <details className="mt-2">
                <summary className="text-accent cursor-pointer text-xs">
                  Used for {used.length} item{used.length === 1 ? "" : "s"}
                </summary>
                <ul className="mt-1 list-disc pl-5 text-xs">
                  {used.map((u) => (
                    <li key={u}>{u}</li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
