import type {
  DataSet,
  ElectionDataset,
  ElectionRevision,
  TurnoutDataset,
  TurnoutRevision,
} from "../data/dataset";
import { isClockLabel } from "../data/localize";
import type { RevisionStatus } from "../data/revision-status";
import type { MessageKey } from "../i18n/translate";
import { date, join, lit, msg, nameOf, num, type Text } from "../text/text";

/** One revision as a change log names it. */
export interface RevisionRef {
  id: string;
  /** "final, 22 Nov 2022"; "release of 20:00, 20 Nov 2022". */
  label: Text;
  status: RevisionStatus;
  asOf: string;
}

/**
 * What changed between two revisions of one dataset, computed from the data. The same in every
 * language: its words are Text, which the page (lib/text/resolve-text.ts) puts into the reader's.
 */
export interface RevisionChange {
  datasetId: string;
  datasetTitle: Text;
  from: RevisionRef;
  to: RevisionRef;
  /** One line per change, e.g. "+1 vote for Kassym-Jomart Tokayev (6,456,392 → 6,456,393)". */
  changes: Text[];
}

const votes = (n: number) => num(n, "votes", 0);
const pct = (n: number) => num(n, "percent", 2);
/** A status inside a line, in lower case: "Status preliminary → final". */
const statusWord = (s: RevisionStatus) => msg(`changes.statusWord.${s}`);

/** How the change log names a revision of a dataset. */
export function revisionRef(
  r: ElectionRevision | TurnoutRevision,
  kind: "election" | "turnout",
): RevisionRef {
  return kind === "election" ? electionRef(r) : turnoutRef(r as TurnoutRevision);
}

function electionRef(r: ElectionRevision | TurnoutRevision): RevisionRef {
  const label = join([statusWord(r.status), date(r.asOf)], ", ");
  return { id: r.id, label, status: r.status, asOf: r.asOf };
}

function turnoutRef(r: TurnoutRevision): RevisionRef {
  // A release during the day is named by its time, the same in every language; a later count by
  // its status, as an election's revisions are.
  if (r.status !== "preliminary" || !isClockLabel(r.label)) return electionRef(r);
  const label = msg("changes.releaseOf", { time: lit(r.label), date: date(r.asOf) });
  return { id: r.id, label, status: r.status, asOf: r.asOf };
}

function countChange(what: MessageKey, a: number | undefined, b: number | undefined): Text[] {
  if (a === b) return [];
  const label = msg(what);
  if (a === undefined) return [msg("changes.added", { label, value: votes(b!) })];
  if (b === undefined) return [msg("changes.removed", { label, value: votes(a) })];
  return [msg("changes.count", { label, from: votes(a), to: votes(b) })];
}

function statusChange(a: RevisionStatus, b: RevisionStatus): Text {
  return msg("changes.status", { from: statusWord(a), to: statusWord(b) });
}

export function diffElection(
  e: ElectionDataset,
  a: ElectionRevision,
  b: ElectionRevision,
): RevisionChange {
  const out: Text[] = [];
  if (a.status !== b.status) out.push(statusChange(a.status, b.status));
  for (const rb of b.results) {
    const ra = a.results.find((x) => x.option === rb.option);
    const name = nameOf(rb.option, { on: e.meta.electionDate });
    if (!ra) {
      out.push(msg("changes.optionAdded", { name, count: rb.votes, votes: votes(rb.votes) }));
      continue;
    }
    const d = rb.votes - ra.votes;
    if (d !== 0)
      out.push(
        msg("changes.votes", {
          count: Math.abs(d),
          change: d > 0 ? msg("changes.gain", { value: votes(d) }) : votes(d),
          name,
          from: votes(ra.votes),
          to: votes(rb.votes),
        }),
      );
    if (ra.share !== rb.share && ra.share !== undefined && rb.share !== undefined)
      out.push(msg("changes.share", { name, from: pct(ra.share), to: pct(rb.share) }));
    if (ra.listSeats !== rb.listSeats)
      out.push(
        msg("changes.seats", {
          name,
          from: ra.listSeats ?? lit("–"),
          to: rb.listSeats ?? lit("–"),
        }),
      );
  }
  if (a.turnout.percent !== b.turnout.percent)
    out.push(msg("changes.turnout", { from: pct(a.turnout.percent), to: pct(b.turnout.percent) }));
  const [ea, eb] = [a.electorate, b.electorate];
  out.push(
    ...countChange("changes.counts.registered", ea.registeredVoters, eb.registeredVoters),
    ...countChange("changes.counts.issued", ea.ballotsIssued, eb.ballotsIssued),
    ...countChange("changes.counts.absentee", ea.absenteeCertificates, eb.absenteeCertificates),
    ...countChange("changes.counts.observers", a.observers?.total, b.observers?.total),
  );
  return {
    datasetId: e.meta.id,
    datasetTitle: { dataset: e.meta.id, field: "title" },
    from: electionRef(a),
    to: electionRef(b),
    changes: out.length ? out : [msg("changes.none")],
  };
}

export function diffTurnout(
  d: TurnoutDataset,
  a: TurnoutRevision,
  b: TurnoutRevision,
): RevisionChange {
  const out: Text[] = [];
  if (a.status !== b.status) out.push(statusChange(a.status, b.status));
  if (a.national.percent !== b.national.percent)
    out.push(
      msg("changes.turnout", { from: pct(a.national.percent), to: pct(b.national.percent) }),
    );
  out.push(...countChange("changes.counts.received", a.national.voters, b.national.voters));
  // A release whose list survives only in part (partialUnits) gives some units for the first time in
  // the next one: those are new, not changed.
  const before = new Map((a.units ?? []).map((u) => [u.unit, u.percent]));
  const inBoth = (b.units ?? []).filter((u) => before.has(u.unit));
  const changed = inBoth.filter((u) => before.get(u.unit) !== u.percent);
  if (a.units && b.units && changed.length)
    out.push(msg("changes.unitsChanged", { count: changed.length, of: inBoth.length }));
  const firstGiven = (b.units ?? []).length - inBoth.length;
  if (a.units && firstGiven > 0) out.push(msg("changes.unitsFirstGiven", { count: firstGiven }));
  if (a.units && !b.units) out.push(msg("changes.noUnits"));
  return {
    datasetId: d.meta.id,
    datasetTitle: { dataset: d.meta.id, field: "title" },
    from: turnoutRef(a),
    to: turnoutRef(b),
    changes: out.length ? out : [msg("changes.none")],
  };
}

/** Every change between consecutive revisions of every dataset, newest first. */
export function toChangeLog(data: Pick<DataSet, "elections" | "turnouts">): RevisionChange[] {
  const entries = [
    ...data.elections.flatMap((e) =>
      e.revisions.slice(1).map((r, i) => diffElection(e, e.revisions[i]!, r)),
    ),
    ...data.turnouts.flatMap((t) =>
      t.revisions.slice(1).map((r, i) => diffTurnout(t, t.revisions[i]!, r)),
    ),
  ];
  return entries.sort((x, y) => Date.parse(y.to.asOf) - Date.parse(x.to.asOf));
}

/** What changed from a pinned revision to the newest one of the same dataset; undefined when it is the newest. */
export function changeSince(
  data: Pick<DataSet, "elections" | "turnouts">,
  datasetId: string,
  revisionId: string,
): RevisionChange | undefined {
  const e = data.elections.find((x) => x.meta.id === datasetId);
  if (e) {
    const a = e.revisions.find((r) => r.id === revisionId);
    const b = e.revisions.at(-1);
    return a && b && a !== b ? diffElection(e, a, b) : undefined;
  }
  const t = data.turnouts.find((x) => x.meta.id === datasetId);
  const a = t?.revisions.find((r) => r.id === revisionId);
  const b = t?.revisions.at(-1);
  return t && a && b && a !== b ? diffTurnout(t, a, b) : undefined;
}
