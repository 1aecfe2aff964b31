import type { RevisionStatus } from "../data/schemas";
import type { ColorToken } from "./colors";

/**
 * How a release's status is marked beside its words (a chart's badge, the dashboard's headline, the
 * link preview): by the line's ink and form, never by a hue, since each chart hue already means a kind
 * of series (lib/charts/model/series-roles.ts) and a green "final" mark beside green seat bars would
 * say they belong together. Settled figures get a solid line in the text's ink; preliminary ones a
 * dashed grey line, the usual mark of something that may still change. The words are always there.
 */
export const STATUS_MARK: Record<RevisionStatus, { color: ColorToken; dashed: boolean }> = {
  preliminary: { color: "muted", dashed: true },
  final: { color: "foreground", dashed: false },
  certified: { color: "foreground", dashed: false },
};

// Written out whole so that Tailwind finds the classes in the source.
const BORDER_COLOR: Partial<Record<ColorToken, string>> = {
  muted: "border-muted",
  foreground: "border-foreground",
};

/** The left-border classes of a status mark on the page. */
export function statusMarkClasses(status: RevisionStatus): string {
  const mark = STATUS_MARK[status];
  return `border-l-4 ${BORDER_COLOR[mark.color]} ${mark.dashed ? "border-dashed" : "border-solid"}`;
}
