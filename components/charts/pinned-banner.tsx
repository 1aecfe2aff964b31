import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import type { RevisionChange } from "@/lib/revisions/diff";

/** Shown on a link pinned to an older revision: what has changed since, and the way to the newest. */
export function PinnedBanner({
  change,
  latestHref,
  locale,
}: {
  change: RevisionChange;
  latestHref: string;
  locale: Locale;
}) {
  const t = translator(locale);
  return (
    <div
      role="note"
      className="border-chart-3 bg-card rounded border-l-4 px-3 py-2 text-sm"
      data-testid="pinned-banner"
    >
      <p>
        {t("pinned.shows")} <strong>{change.from.label}</strong>. {t("pinned.newest")}{" "}
        <strong>{change.to.label}</strong>.{" "}
        {t("pinned.since", { changes: change.changes.join("; ") })}
      </p>
      <p className="mt-1">
        <a href={latestHref}>{t("pinned.latest")}</a>
      </p>
    </div>
  );
}
