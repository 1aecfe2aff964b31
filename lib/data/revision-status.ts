import type { Locale } from "../i18n/locale";
import { translator } from "../i18n/translate";

/**
 * The one place that knows a revision's statuses and their order: a revision never loses status, so a
 * later one ranks at least as high. How revisions are named is lib/text/revision-text.ts.
 */
export const REVISION_STATUSES = ["preliminary", "final", "certified"] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];

/** "Final", "Окончательные", "Түпкілікті": how a status is written on its own. */
export function statusLabel(status: RevisionStatus, locale: Locale): string {
  return translator(locale)(`status.${status}`);
}

/** "preliminary, final or certified", for column descriptions. */
export const REVISION_STATUS_LIST = `${REVISION_STATUSES.slice(0, -1).join(", ")} or ${REVISION_STATUSES.at(-1)}`;

/** 0 for the earliest status; a revision may not rank below the one before it. */
export function statusRank(status: RevisionStatus): number {
  return REVISION_STATUSES.indexOf(status);
}
