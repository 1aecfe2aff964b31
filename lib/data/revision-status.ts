import { formatDate } from "../format";
import type { Locale } from "../i18n/locale";
import { translator } from "../i18n/translate";

/**
 * The one place that knows a revision's statuses: their order (a revision never loses status, so a
 * later one ranks at least as high) and how each is written. Every label on the page, in the files
 * and in the change log comes from here, so "certified" cannot read "Final" in one place and
 * "Preliminary" in another.
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

/** "Certified result · CEC · 25 Nov 2022": the badge of an election revision. */
export function electionStatusLabel(
  r: { status: RevisionStatus; asOf: string },
  locale: Locale,
): string {
  return translator(locale)("status.election", {
    status: translator(locale)(`status.result.${r.status}`),
    date: formatDate(r.asOf, locale),
  });
}

/**
 * The badge of a turnout revision. A preliminary one is a release during the day, named by its
 * time ("20:00"); a later one is the whole day's count.
 */
export function turnoutStatusLabel(
  r: { status: RevisionStatus; asOf: string; label: string },
  locale: Locale,
) {
  const t = translator(locale);
  const date = formatDate(r.asOf, locale);
  return r.status === "preliminary"
    ? t("status.turnoutRelease", { time: r.label, date })
    : t("status.turnout", { status: statusLabel(r.status, locale), date });
}

/**
 * A turnout revision named inside a sentence: a release during the day by its time ("20:00"), a
 * later count by its status with its noun ("окончательные данные", "түпкілікті деректер"), never by
 * an adjective left hanging in brackets.
 */
export function releaseInProse(
  r: { status: RevisionStatus; label: string },
  locale: Locale,
): string {
  return r.status === "preliminary"
    ? r.label
    : translator(locale)(`regionVotes.status.${r.status}`);
}

/** How a revision picker and the change log name a revision: "Final, 22 Nov 2022", "20:00, 20 Nov 2022". */
export function revisionChoiceLabel(
  r: { status: RevisionStatus; asOf: string; label?: string },
  locale: Locale,
) {
  const name = r.status === "preliminary" && r.label ? r.label : statusLabel(r.status, locale);
  return `${name}, ${formatDate(r.asOf, locale)}`;
}
