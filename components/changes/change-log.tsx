import Link from "next/link";

import { formatDate } from "@/lib/format";
import type { RevisionChange } from "@/lib/revisions/diff";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { chartPath } from "@/lib/site";
import { DEFAULT_CHART_PARAMS, toQueryString } from "@/lib/charts/view/url-codec";

/** Every change between revisions, newest first, each with links to both revisions. */
export function ChangeLog({
  entries,
  charts,
  locale,
}: {
  entries: RevisionChange[];
  charts: Map<string, string>;
  locale: Locale;
}) {
  const t = translator(locale);
  if (entries.length === 0) return <p>{t("changes.empty")}</p>;
  return (
    <ol className="space-y-4">
      {entries.map((e) => {
        const chart = charts.get(e.datasetId);
        const link = (revision: string, label: string) =>
          chart ? (
            <Link
              href={chartPath(
                locale,
                chart,
                toQueryString({ ...DEFAULT_CHART_PARAMS, asOf: revision }),
              )}
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
              <time dateTime={e.to.asOf}>{formatDate(e.to.asOf, locale)}</time> · {e.datasetTitle}
            </p>
            <p className="mt-1 text-sm">
              {/* The sentence is the language's own, with the two links where it puts them. */}
              {t("changes.fromTo")
                .split(/(\{from\}|\{to\})/)
                .map((part, i) =>
                  part === "{from}" ? (
                    <span key={i}>{link(e.from.id, e.from.label)}</span>
                  ) : part === "{to}" ? (
                    <span key={i}>{link(e.to.id, e.to.label)}</span>
                  ) : (
                    part
                  ),
                )}
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
