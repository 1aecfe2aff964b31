import Link from "next/link";
import type { ReactNode } from "react";

import { formatDate } from "@/lib/format";
import type { RevisionChange, RevisionRef } from "@/lib/revisions/diff";
import type { CorrectionEntry } from "@/lib/revisions/corrections";
import { translator } from "@/lib/i18n/translate";
import { resolveText, type TextContext } from "@/lib/text/resolve-text";
import type { Text } from "@/lib/text/text";
import { changeAnchor, chartPath } from "@/lib/site";
import { DEFAULT_CHART_PARAMS, toQueryString } from "@/lib/charts/view/url-codec";

/** A revision named as the log names it, linked to its dataset's chart pinned to it where there is one. */
function RevisionLink({
  revision,
  chart,
  text,
}: {
  revision: RevisionRef;
  chart: string | undefined;
  text: TextContext;
}) {
  const label = resolveText(revision.label, text);
  if (!chart) return <span>{label}</span>;
  const query = toQueryString({ ...DEFAULT_CHART_PARAMS, asOf: revision.id });
  return <Link href={chartPath(text.locale, chart, query)}>{label}</Link>;
}

/** A catalogue sentence with elements where its placeholders stand: the language decides the order. */
function withParts(sentence: string, parts: Record<string, ReactNode>): ReactNode[] {
  const names = Object.keys(parts).map((k) => `\\{${k}\\}`);
  return sentence.split(new RegExp(`(${names.join("|")})`)).map((piece, i) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    return <span key={i}>{name !== undefined && name in parts ? parts[name] : piece}</span>;
  });
}

/** One entry of either log: its date and dataset, a sentence naming the revisions, what changed. */
function Entry({
  date,
  datasetTitle,
  heading,
  changes,
  text,
  ...data
}: {
  date: string;
  datasetTitle: Text;
  heading: ReactNode;
  changes: Text[];
  text: TextContext;
  /** The fragment a link or the feed points at. */
  id?: string;
} & Record<`data-${string}`, string>) {
  return (
    <li className="border-border bg-card rounded-lg border p-4" {...data}>
      <p className="text-muted text-xs">
        <time dateTime={date}>{formatDate(date, text.locale)}</time> ·{" "}
        {resolveText(datasetTitle, text)}
      </p>
      <p className="mt-1 text-sm">{heading}</p>
      <ul className="mt-2 list-disc pl-5 text-sm">
        {changes.map((c, i) => (
          // A fixed list, never reordered: its place is its key.
          <li key={i}>{resolveText(c, text)}</li>
        ))}
      </ul>
    </li>
  );
}

/**
 * Corrections made to stored revisions, newest first: what was changed, when and why, with a link to
 * the corrected revision. A correction changes a revision in place, so it has no "from" to compare.
 */
export function CorrectionLog({
  entries,
  charts,
  text,
}: {
  entries: CorrectionEntry[];
  charts: Map<string, string>;
  /** What the entries' Text is put into words with: the data as this page's reader sees it. */
  text: TextContext;
}) {
  const t = translator(text.locale);
  if (entries.length === 0) return null;
  return (
    <section className="mb-8" aria-labelledby="corrections">
      <h2 id="corrections" className="text-lg font-semibold">
        {t("changes.correction.title")}
      </h2>
      <ol className="mt-3 space-y-4">
        {entries.map((e) => (
          <Entry
            key={`${e.datasetId}-${e.revision.id}-${e.on}`}
            data-correction={`${e.datasetId}/${e.revision.id}`}
            date={e.on}
            datasetTitle={e.datasetTitle}
            changes={e.changes}
            text={text}
            heading={withParts(t("changes.correction.heading"), {
              revision: (
                <RevisionLink revision={e.revision} chart={charts.get(e.datasetId)} text={text} />
              ),
            })}
          />
        ))}
      </ol>
    </section>
  );
}

/** Every change between revisions, newest first, each with links to both revisions. */
export function ChangeLog({
  entries,
  charts,
  text,
}: {
  entries: RevisionChange[];
  charts: Map<string, string>;
  /** What the entries' Text is put into words with: the data as this page's reader sees it. */
  text: TextContext;
}) {
  const t = translator(text.locale);
  if (entries.length === 0) return <p>{t("changes.empty")}</p>;
  return (
    <ol className="space-y-4">
      {entries.map((e) => {
        const chart = charts.get(e.datasetId);
        return (
          <Entry
            key={`${e.datasetId}-${e.to.id}`}
            id={changeAnchor(e.datasetId, e.to.id)}
            data-change={`${e.datasetId}/${e.to.id}`}
            date={e.to.asOf}
            datasetTitle={e.datasetTitle}
            changes={e.changes}
            text={text}
            heading={withParts(t("changes.fromTo"), {
              from: <RevisionLink revision={e.from} chart={chart} text={text} />,
              to: <RevisionLink revision={e.to} chart={chart} text={text} />,
            })}
          />
        );
      })}
    </ol>
  );
}
