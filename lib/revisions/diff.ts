import type {
  DataSet,
  ElectionDataset,
  ElectionRevision,
  TurnoutDataset,
  TurnoutRevision,
} from "../data/dataset";
import { formatDate, formatNumber } from "../format";
import { statusLabel } from "../data/revision-status";
import type { Locale } from "../i18n/locale";
import { translator, type Translate } from "../i18n/translate";

/** One revision as a change log names it. */
export interface RevisionRef {
  id: string;
  label: string;
  status: string;
  asOf: string;
}

/** What changed between two revisions of one dataset, computed from the data. */
export interface RevisionChange {
  datasetId: string;
  datasetTitle: string;
  from: RevisionRef;
  to: RevisionRef;
  /** Human sentences, e.g. "+1 vote for Kassym-Jomart Tokayev (6,456,392 → 6,456,393)". */
  changes: string[];
}

/** The change log's words and numbers in one language. */
function wordsIn(locale: Locale) {
  const t = translator(locale);
  const votes = (n: number) => formatNumber(n, "votes", 0, locale);
  const pct = (n: number) => formatNumber(n, "percent", 2, locale);
  const status = (s: RevisionRef["status"]) => statusLabel(s as never, locale).toLowerCase();
  const date = (iso: string) => formatDate(iso, locale);
  return { t, votes, pct, status, date, locale };
}
type Words = ReturnType<typeof wordsIn>;

/** How the change log names a revision of a dataset, in a language. */
export function revisionRef(
  r: ElectionRevision | TurnoutRevision,
  kind: "election" | "turnout",
  locale: Locale,
): RevisionRef {
  const w = wordsIn(locale);
  return kind === "election"
    ? electionRef(r as ElectionRevision, w)
    : turnoutRef(r as TurnoutRevision, w);
}

function electionRef(r: ElectionRevision, w: Words): RevisionRef {
  const label = `${w.status(r.status)}, ${w.date(r.asOf)}`;
  return { id: r.id, label, status: r.status, asOf: r.asOf };
}

function turnoutRef(r: TurnoutRevision, w: Words): RevisionRef {
  return {
    id: r.id,
    label:
      r.status === "preliminary"
        ? w.t("changes.releaseOf", { time: r.label, date: w.date(r.asOf) })
        : `${w.status(r.status)}, ${w.date(r.asOf)}`,
    status: r.status,
    asOf: r.asOf,
  };
}

function countChange(
  w: Words,
  what: Parameters<Translate>[0],
  a: number | undefined,
  b: number | undefined,
): string[] {
  if (a === b) return [];
  const label = w.t(what);
  if (a === undefined) return [w.t("changes.added", { label, value: w.votes(b!) })];
  if (b === undefined) return [w.t("changes.removed", { label, value: w.votes(a) })];
  return [w.t("changes.count", { label, from: w.votes(a), to: w.votes(b) })];
}

function statusChange(w: Words, a: RevisionRef["status"], b: RevisionRef["status"]): string {
  return w.t("changes.status", { from: w.status(a), to: w.status(b) });
}

export function diffElection(
  e: ElectionDataset,
  a: ElectionRevision,
  b: ElectionRevision,
  locale: Locale,
): RevisionChange {
  const w = wordsIn(locale);
  const { t } = w;
  const out: string[] = [];
  if (a.status !== b.status) out.push(statusChange(w, a.status, b.status));
  const name = (id: string) => e.meta.options.find((o) => o.id === id)?.name ?? id;
  for (const rb of b.results) {
    const ra = a.results.find((x) => x.option === rb.option);
    if (!ra) {
      out.push(
        t("changes.optionAdded", {
          name: name(rb.option),
          count: rb.votes,
          votes: w.votes(rb.votes),
        }),
      );
      continue;
    }
    const d = rb.votes - ra.votes;
    if (d !== 0)
      out.push(
        t("changes.votes", {
          count: Math.abs(d),
          change: d > 0 ? `+${w.votes(d)}` : w.votes(d),
          name: name(rb.option),
          from: w.votes(ra.votes),
          to: w.votes(rb.votes),
        }),
      );
    if (ra.share !== rb.share && ra.share !== undefined && rb.share !== undefined)
      out.push(
        t("changes.share", { name: name(rb.option), from: w.pct(ra.share), to: w.pct(rb.share) }),
      );
    if (ra.listSeats !== rb.listSeats)
      out.push(
        t("changes.seats", {
          name: name(rb.option),
          from: ra.listSeats ?? "–",
          to: rb.listSeats ?? "–",
        }),
      );
  }
  if (a.turnout.percent !== b.turnout.percent)
    out.push(
      t("changes.turnout", { from: w.pct(a.turnout.percent), to: w.pct(b.turnout.percent) }),
    );
  out.push(
    ...countChange(
      w,
      "changes.counts.registered",
      a.electorate.registeredVoters,
      b.electorate.registeredVoters,
    ),
  );
  out.push(
    ...countChange(
      w,
      "changes.counts.issued",
      a.electorate.ballotsIssued,
      b.electorate.ballotsIssued,
    ),
  );
  out.push(
    ...countChange(
      w,
      "changes.counts.absentee",
      a.electorate.absenteeCertificates,
      b.electorate.absenteeCertificates,
    ),
  );
  out.push(...countChange(w, "changes.counts.observers", a.observers?.total, b.observers?.total));
  return {
    datasetId: e.meta.id,
    datasetTitle: e.meta.title,
    from: electionRef(a, w),
    to: electionRef(b, w),
    changes: out.length ? out : [t("changes.none")],
  };
}

export function diffTurnout(
  d: TurnoutDataset,
  a: TurnoutRevision,
  b: TurnoutRevision,
  locale: Locale,
): RevisionChange {
  const w = wordsIn(locale);
  const { t } = w;
  const out: string[] = [];
  if (a.status !== b.status) out.push(statusChange(w, a.status, b.status));
  if (a.national.percent !== b.national.percent)
    out.push(
      t("changes.turnout", { from: w.pct(a.national.percent), to: w.pct(b.national.percent) }),
    );
  out.push(...countChange(w, "changes.counts.received", a.national.voters, b.national.voters));
  // A release whose list survives only in part (partialUnits) gives some units for the first time in
  // the next one: those are new, not changed.
  const before = new Map((a.units ?? []).map((u) => [u.unit, u.percent]));
  const inBoth = (b.units ?? []).filter((u) => before.has(u.unit));
  const changed = inBoth.filter((u) => before.get(u.unit) !== u.percent);
  if (a.units && b.units && changed.length)
    out.push(t("changes.unitsChanged", { count: changed.length, of: inBoth.length }));
  const firstGiven = (b.units ?? []).length - inBoth.length;
  if (a.units && firstGiven > 0) out.push(t("changes.unitsFirstGiven", { count: firstGiven }));
  if (a.units && !b.units) out.push(t("changes.noUnits"));
  return {
    datasetId: d.meta.id,
    datasetTitle: d.meta.title,
    from: turnoutRef(a, w),
    to: turnoutRef(b, w),
    changes: out.length ? out : [t("changes.none")],
  };
}

/** Every change between consecutive revisions of every dataset, newest first. */
export function toChangeLog(
  data: Pick<DataSet, "elections" | "turnouts"> & { locale: Locale },
): RevisionChange[] {
  const { locale } = data;
  const entries = [
    ...data.elections.flatMap((e) =>
      e.revisions.slice(1).map((r, i) => diffElection(e, e.revisions[i]!, r, locale)),
    ),
    ...data.turnouts.flatMap((t) =>
      t.revisions.slice(1).map((r, i) => diffTurnout(t, t.revisions[i]!, r, locale)),
    ),
  ];
  return entries.sort((x, y) => Date.parse(y.to.asOf) - Date.parse(x.to.asOf));
}

/** What changed from a pinned revision to the newest one of the same dataset; undefined when it is the newest. */
export function changeSince(
  data: Pick<DataSet, "elections" | "turnouts"> & { locale: Locale },
  datasetId: string,
  revisionId: string,
): RevisionChange | undefined {
  const { locale } = data;
  const e = data.elections.find((x) => x.meta.id === datasetId);
  if (e) {
    const a = e.revisions.find((r) => r.id === revisionId);
    const b = e.revisions.at(-1);
    return a && b && a !== b ? diffElection(e, a, b, locale) : undefined;
  }
  const t = data.turnouts.find((x) => x.meta.id === datasetId);
  const a = t?.revisions.find((r) => r.id === revisionId);
  const b = t?.revisions.at(-1);
  return t && a && b && a !== b ? diffTurnout(t, a, b, locale) : undefined;
}
