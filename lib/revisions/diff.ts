import type {
  DataSet,
  ElectionDataset,
  ElectionRevision,
  TurnoutDataset,
  TurnoutRevision,
} from "../data/dataset";
import { formatDate, formatNumber } from "../format";
import { REVISION_STATUS_LABEL } from "../data/revision-status";

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

const signed = (n: number) => (n > 0 ? `+${formatNumber(n, "votes")}` : formatNumber(n, "votes"));
const plural = (n: number, one: string, many: string) => (Math.abs(n) === 1 ? one : many);

function electionRef(r: ElectionRevision): RevisionRef {
  const label = `${REVISION_STATUS_LABEL[r.status].toLowerCase()}, ${formatDate(r.asOf)}`;
  return { id: r.id, label, status: r.status, asOf: r.asOf };
}

function turnoutRef(r: TurnoutRevision): RevisionRef {
  return {
    id: r.id,
    label:
      r.status === "preliminary"
        ? `release of ${r.label}, ${formatDate(r.asOf)}`
        : `${REVISION_STATUS_LABEL[r.status].toLowerCase()}, ${formatDate(r.asOf)}`,
    status: r.status,
    asOf: r.asOf,
  };
}

function countChange(label: string, a: number | undefined, b: number | undefined): string[] {
  if (a === b) return [];
  if (a === undefined) return [`${label} added: ${formatNumber(b!, "votes")}`];
  if (b === undefined) return [`${label} removed (was ${formatNumber(a, "votes")})`];
  return [`${label} ${formatNumber(a, "votes")} → ${formatNumber(b, "votes")}`];
}

export function diffElection(
  e: ElectionDataset,
  a: ElectionRevision,
  b: ElectionRevision,
): RevisionChange {
  const out: string[] = [];
  if (a.status !== b.status) out.push(`status ${a.status} → ${b.status}`);
  const name = (id: string) => e.meta.options.find((o) => o.id === id)?.name ?? id;
  for (const rb of b.results) {
    const ra = a.results.find((x) => x.option === rb.option);
    if (!ra) {
      out.push(`${name(rb.option)} added with ${formatNumber(rb.votes, "votes")} votes`);
      continue;
    }
    const d = rb.votes - ra.votes;
    if (d !== 0)
      out.push(
        `${signed(d)} ${plural(d, "vote", "votes")} for ${name(rb.option)} (${formatNumber(ra.votes, "votes")} → ${formatNumber(rb.votes, "votes")})`,
      );
    if (ra.share !== rb.share && ra.share !== undefined && rb.share !== undefined)
      out.push(
        `${name(rb.option)} share ${formatNumber(ra.share, "percent")} → ${formatNumber(rb.share, "percent")}`,
      );
    if (ra.listSeats !== rb.listSeats)
      out.push(`${name(rb.option)} list seats ${ra.listSeats ?? "–"} → ${rb.listSeats ?? "–"}`);
  }
  if (a.turnout.percent !== b.turnout.percent)
    out.push(
      `turnout ${formatNumber(a.turnout.percent, "percent")} → ${formatNumber(b.turnout.percent, "percent")}`,
    );
  out.push(
    ...countChange(
      "registered voters",
      a.electorate.registeredVoters,
      b.electorate.registeredVoters,
    ),
  );
  out.push(
    ...countChange("ballots issued", a.electorate.ballotsIssued, b.electorate.ballotsIssued),
  );
  out.push(
    ...countChange(
      "voters with absentee certificates",
      a.electorate.absenteeCertificates,
      b.electorate.absenteeCertificates,
    ),
  );
  out.push(...countChange("international observers", a.observers?.total, b.observers?.total));
  return {
    datasetId: e.meta.id,
    datasetTitle: e.meta.title,
    from: electionRef(a),
    to: electionRef(b),
    changes: out.length ? out : ["no change in the figures"],
  };
}

export function diffTurnout(
  t: TurnoutDataset,
  a: TurnoutRevision,
  b: TurnoutRevision,
): RevisionChange {
  const out: string[] = [];
  if (a.status !== b.status) out.push(`status ${a.status} → ${b.status}`);
  if (a.national.percent !== b.national.percent)
    out.push(
      `turnout ${formatNumber(a.national.percent, "percent")} → ${formatNumber(b.national.percent, "percent")}`,
    );
  out.push(...countChange("voters who received a ballot", a.national.voters, b.national.voters));
  const changed = (b.units ?? []).filter(
    (u) => a.units?.find((x) => x.unit === u.unit)?.percent !== u.percent,
  );
  if (a.units && b.units && changed.length)
    out.push(`${changed.length} of ${b.units.length} regions and cities changed`);
  if (a.units && !b.units) out.push("no regional figures in this revision");
  return {
    datasetId: t.meta.id,
    datasetTitle: t.meta.title,
    from: turnoutRef(a),
    to: turnoutRef(b),
    changes: out.length ? out : ["no change in the figures"],
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
