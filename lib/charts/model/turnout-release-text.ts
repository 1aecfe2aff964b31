import type { TurnoutRevision } from "../../data/dataset";
import { isClockLabel } from "../../data/localize";
import { statusText } from "../../text/revision-text";
import { date, join, lit, msg, type Text } from "../../text/text";

type Release = Pick<TurnoutRevision, "label" | "status" | "asOf">;

/**
 * A turnout release's name: its clock time ("20:00"), the same in every language, or for a later
 * count its status from the catalogue ("Final", «Окончательные»); data's "Final" is an English word.
 */
export function releaseLabelText(r: Pick<Release, "label" | "status">): Text {
  return isClockLabel(r.label) ? lit(r.label) : statusText(r.status);
}

/** A release with its day: "22:00, 20 Nov 2022", "Final, 22 Nov 2022". */
export function releaseWhenText(r: Release): Text {
  return join([releaseLabelText(r), date(r.asOf)], ", ");
}

/**
 * A release named mid-sentence before its noun: "the final count", «окончательные данные»; the
 * status in lower case, which the catalogue holds since case is a language's business.
 */
export function releaseBeforeNounText(r: Pick<Release, "label" | "status">): Text {
  return isClockLabel(r.label)
    ? lit(r.label)
    : msg(`charts.kz-2022-turnout-map.countStatus.${r.status}`);
}

/**
 * A map's badge: a release during the day by its time, from the CEC or, for a referendum, its
 * commission; a later count by its status.
 */
export function mapStatusText(r: Release, referendum: boolean): Text {
  return r.status === "preliminary"
    ? msg(referendum ? "status.turnoutReleaseReferendum" : "status.turnoutRelease", {
        time: releaseLabelText(r),
        date: date(r.asOf),
      })
    : msg("status.turnout", { status: releaseLabelText(r), date: date(r.asOf) });
}
