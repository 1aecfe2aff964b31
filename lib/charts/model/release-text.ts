import type { TurnoutRevision } from "../../data/dataset";
import { statusText } from "../../text/revision-text";
import { lit, type Text } from "../../text/text";

/**
 * A turnout release as a table names it. The data's label is a time ("20:00") for a release during
 * the day, the same in every language; a later count is named by its status, in the reader's.
 */
export function releaseText(r: Pick<TurnoutRevision, "label" | "status">): Text {
  return /^\d{1,2}:\d{2}$/.test(r.label) ? lit(r.label) : statusText(r.status);
}
