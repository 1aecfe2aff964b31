import { translator } from "@/lib/i18n/translate";
import type { RevisionChange } from "@/lib/revisions/diff";
import { resolveText, type TextContext } from "@/lib/text/resolve-text";

/** Shown on a link pinned to an older revision: what has changed since, and the way to the newest. */
export function PinnedBanner({
  change,
  latestHref,
  text,
}: {
  change: RevisionChange;
  latestHref: string;
  /** What the change's Text is put into words with: the data as this page's reader sees it. */
  text: TextContext;
}) {
  const t = translator(text.locale);
  const w = (x: RevisionChange["changes"][number]) => resolveText(x, text);
  return (
    <div
      role="note"
      className="border-muted bg-card rounded border-l-4 px-3 py-2 text-sm"
      data-testid="pinned-banner"
    >
      <p>
        {t("pinned.shows")} <strong>{w(change.from.label)}</strong>. {t("pinned.newest")}{" "}
        <strong>{w(change.to.label)}</strong>. {t("pinned.since")}
      </p>
      {/* One line each: every change is a sentence of its own, capitalised as one. */}
      <ul className="mt-1 list-disc pl-5">
        {change.changes.map((line, i) => (
          <li key={i}>{w(line)}</li>
        ))}
      </ul>
      <p className="mt-1">
        <a href={latestHref}>{t("pinned.latest")}</a>
      </p>
    </div>
  );
}
