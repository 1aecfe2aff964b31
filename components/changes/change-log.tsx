import Link from "next/link";

import { formatDate } from "@/lib/format";
import type { RevisionChange } from "@/lib/revisions/diff";
import type { CorrectionEntry } from "@/lib/revisions/corrections";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { chartPath } from "@/lib/site";
import { DEFAULT_CHART_PARAMS, toQueryString } from "@/lib/charts/view/url-codec";

/**
 * Corrections made to stored revisions, newest first: what was changed, when and why, with a link to
 * the corrected revision. A correction changes a revision in place, so it has no "from" to compare.
 */
export function CorrectionLog({
  entries,
  charts,
  locale,
}: {
  entries: CorrectionEntry[];
  charts: Map<string, string>;
  locale: Locale;
}) {
  const t = translator(locale);
  if (entries.length === 0) return null;
  return (
    <section className="mb-8" aria-labelledby="corrections">
      <h2 id="corrections" className="text-lg font-semibold">
        {t("changes.correction.title")}
      </h2>
      <ol className="mt-3 space-y-4">
        {entries.map((e) => {
          const chart = charts.get(e.datasetId);
          const revision = chart ? (
            <Link
              href={chartPath(
                locale,
                chart,
                toQueryString({ ...DEFAULT_CHART_PARAMS, asOf: e.revision.id }),
              )}
            >
              {e.revision.label}
            </Link>
          ) : (
            <span>{e.revision.label}</span>
          );
          return (
            <li
              key={`${e.datasetId}-${e.revision.id}-${e.on}`}
              className="border-border bg-card rounded-lg border p-4"
              data-correction={`${e.datasetId}/${e.revision.id}`}
            >
              <p className="text-muted text-xs">
                <time dateTime={e.on}>{formatDate(e.on, locale)}</time> · {e.datasetTitle}
              </p>
              <p className="mt-1 text-sm">
                {t("changes.correction.heading")
                  .split(/(\{revision\})/)
                  .map((part, i) =>
                    part === "{revision}" ? <span key={i}>{revision}</span> : part,
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
    </section>
  );
}

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
