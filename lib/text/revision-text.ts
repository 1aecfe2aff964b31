import { isClockLabel } from "../data/localize";
import type { RevisionStatus } from "../data/revision-status";
import { date, join, lit, msg, type Text } from "./text";

/**
 * How revisions are named, as Text: the badge of an election or turnout revision, a picker's label,
 * a release in a sentence. Every label on the pages, in the files and in the change log comes from
 * here, so "certified" cannot read "Final" in one place and "Preliminary" in another. A release
 * during the day is named by its clock time ("20:00"), the same in every language; anything else by
 * its status from the catalogue (data's "Final" is an English word).
 */

interface Named {
  status: RevisionStatus;
  label?: string;
}

/** "Final", "Окончательные", "Түпкілікті": a status on its own. */
export const statusText = (status: RevisionStatus): Text => msg(`status.${status}`);

/** A release's name: its clock time, or its status. */
export function releaseLabelText(r: Named): Text {
  return r.label !== undefined && isClockLabel(r.label) ? lit(r.label) : statusText(r.status);
}

/** How a revision picker and the change log name a revision: "Final, 22 Nov 2022", "20:00, 20 Nov 2022". */
export function revisionChoiceText(r: Named & { asOf: string }): Text {
  return join([releaseLabelText(r), date(r.asOf)], ", ");
}

/** "Certified result · CEC · 25 Nov 2022": the badge of an election revision. */
export function electionStatusText(r: { status: RevisionStatus; asOf: string }): Text {
  return msg("status.election", { status: msg(`status.result.${r.status}`), date: date(r.asOf) });
}

/**
 * The badge of a turnout revision: a release during the day by its time, from the CEC or, for a
 * referendum, its commission; a later count by its status.
 */
export function turnoutStatusText(r: Named & { asOf: string }, referendum = false): Text {
  return r.status === "preliminary"
    ? msg(referendum ? "status.turnoutReleaseReferendum" : "status.turnoutRelease", {
        time: releaseLabelText(r),
        date: date(r.asOf),
      })
    : msg("status.turnout", { status: releaseLabelText(r), date: date(r.asOf) });
}

/**
 * A release inside a sentence: its time, or the final count named with its noun («окончательные
 * данные», not a bare adjective).
 */
export function releaseInProseText(r: Named): Text {
  return r.label !== undefined && isClockLabel(r.label)
    ? lit(r.label)
    : msg(`regionVotes.status.${r.status}`);
}

/**
 * A release named before a noun: "the final count", «окончательные данные»; the status in lower
 * case, which the catalogue holds since case is a language's business.
 */
export function releaseBeforeNounText(r: Named): Text {
  return r.label !== undefined && isClockLabel(r.label)
    ? lit(r.label)
    : msg(`charts.kz-2022-turnout-map.countStatus.${r.status}`);
}
