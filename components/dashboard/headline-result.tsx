import type { DashboardData } from "@/lib/data/loader";
import { latestRevision } from "@/lib/data/dataset";
import { formatNumber } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";
import { electionStatusText } from "@/lib/text/revision-text";
import { resolveText, textContext } from "@/lib/text/resolve-text";
import { nameOf } from "@/lib/text/text";
import { statusMarkClasses } from "@/lib/ui/status-mark";

/** The vote the dashboard leads with. */
export const HEADLINE_ELECTION = "kz-2022-presidential";

/**
 * The vote the headline states and its newest revision, the one it reads. Looked up once by the
 * dashboard and handed to the headline, its counts and the results chart beside them.
 */
export function headline(data: DashboardData) {
  const election = data.elections.find((e) => e.meta.id === HEADLINE_ELECTION);
  return election && { election, revision: latestRevision(election.revisions) };
}

export type HeadlineVote = ReturnType<typeof headline>;

/**
 * The result in one glance, as a results page opens: who won, with what share, the turnout, and
 * which count that is. Read from the newest revision of the vote, so a later count replaces it.
 */
export function HeadlineResult({ data, vote }: { data: DashboardData; vote: HeadlineVote }) {
  const { locale } = data;
  const t = translator(locale);
  if (!vote) return <p data-testid="headline-status">{t("status.noResult")}</p>;
  const { election, revision: r } = vote;
  const winner = [...r.results].sort((a, b) => b.votes - a.votes)[0]!;
  const ctx = textContext(data);
  // A share the commission did not state is not computed here: the chart and its table carry it.
  const share =
    winner.share === undefined
      ? undefined
      : formatNumber(winner.share, "percent", r.sharePrecision, locale);
  return (
    <section
      aria-labelledby="result-heading"
      className="border-border bg-card rounded-lg border p-4"
      data-headline-result
    >
      <h2 id="result-heading" className="text-muted text-sm font-medium">
        {election.meta.title}
      </h2>
      <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-2">
        <div className="col-span-2">
          <dt className="sr-only">{t("home.winner")}</dt>
          <dd className="text-xl font-semibold" data-winner={winner.option}>
            {resolveText(nameOf(winner.option), ctx)}
          </dd>
        </div>
        {/* A label that wraps pushes its figure down: the figures of a row share one baseline. */}
        {share && (
          <div className="flex flex-col">
            <dt className="text-muted flex-1 text-xs">{t("columns.shareOfValid")}</dt>
            <dd className="text-3xl font-semibold tabular-nums" data-value={winner.share}>
              {share}
            </dd>
          </div>
        )}
        <div className="flex flex-col">
          <dt className="text-muted flex-1 text-xs">{t("columns.turnout")}</dt>
          <dd className="text-3xl font-semibold tabular-nums" data-value={r.turnout.percent}>
            {formatNumber(r.turnout.percent, "percent", r.turnout.precision, locale)}
          </dd>
        </div>
      </dl>
      <p
        className={`mt-3 w-fit pl-2 text-sm ${statusMarkClasses(r.status)}`}
        data-testid="headline-status"
        data-status={r.status}
      >
        {resolveText(electionStatusText(r), ctx)}
      </p>
    </section>
  );
}
