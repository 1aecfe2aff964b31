import type { RevisionStatus } from "../data/revision-status";
import { date, join, lit, msg, type Text } from "./text";

/**
 * How revisions are named, as Text: the badge of an election or turnout revision, a picker's label,
 * a release in a sentence. Every label on the pages, in the files and in the change log comes from
 * here, so "certified" cannot read "Final" in one place and "Preliminary" in another.
 */

/** "Final", "Окончательные", "Түпкілікті": a status on its own. */
export const statusText = (status: RevisionStatus): Text => msg(`status.${status}`);

/** "Certified result · CEC · 25 Nov 2022": the badge of an election revision. */
export function electionStatusText(r: { status: RevisionStatus; asOf: string }): Text {
  return msg("status.election", { status: msg(`status.result.${r.status}`), date: date(r.asOf) });
}

/**
 * The badge of a turnout revision. A preliminary one is a release during the day, named by its
 * time ("20:00"); a later one is the whole day's count.
 */
export function turnoutStatusText(r: {
  status: RevisionStatus;
  asOf: string;
  label: string;
}): Text {
  return r.status === "preliminary"
    ? msg("status.turnoutRelease", { time: lit(r.label), date: date(r.asOf) })
    : msg("status.turnout", { status: statusText(r.status), date: date(r.asOf) });
}

/**
 * A release inside a sentence: its time, or the final count named with its noun («окончательные
 * данные», not a bare adjective).
 */
export function releaseInProseText(r: { status: RevisionStatus; label: string }): Text {
  return r.status === "preliminary" ? lit(r.label) : msg(`regionVotes.status.${r.status}`);
}

/** How a revision picker and the change log name a revision: "Final, 22 Nov 2022", "20:00, 20 Nov 2022". */
export function revisionChoiceText(r: {
  status: RevisionStatus;
  asOf: string;
  label?: string;
}): Text {
  const name = r.status === "preliminary" && r.label ? lit(r.label) : statusText(r.status);
  return join([name, date(r.asOf)], ", ");
}
