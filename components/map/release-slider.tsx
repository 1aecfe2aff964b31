import type { ReleaseChoice } from "@/lib/charts/model/model";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

/**
 * The release slider: a row of plain links, one per release, so it works without JavaScript and each
 * step is a URL (release=1405) that can be shared. The current release is marked for assistive
 * technology with aria-current, and drawn as the filled stop of the track.
 */
export function ReleaseSlider({
  releases,
  current,
  hrefFor,
  locale,
}: {
  locale: Locale;
  releases: ReleaseChoice[];
  current: string | undefined;
  /** The link for a release; null is the default (newest). */
  hrefFor: (release: string | null) => string;
}) {
  const t = translator(locale);
  const steps = releases.filter((r) => r.mapped);
  // The default view draws the newest release with regional figures, so that step needs no query.
  const last = steps.at(-1)?.id;
  return (
    <nav aria-label={t("map.slider")} className="no-print mt-3" data-testid="release-slider">
      <p className="text-muted mb-1 text-xs" aria-hidden>
        {t("columns.release")}
      </p>
      <ol className="border-border bg-card grid grid-cols-4 gap-0.5 rounded-md border p-0.5 text-xs sm:flex sm:text-sm">
        {steps.map((r) => (
          <li key={r.id} className="flex-1">
            {/* text-background!: the site's unlayered `a { color }` outranks a layered utility. */}
            <a
              href={hrefFor(r.id === last ? null : r.id)}
              {...(r.id === current && { "aria-current": "page" as const })}
              aria-label={t("map.release", { release: r.label })}
              className="aria-[current=page]:bg-foreground aria-[current=page]:text-background! block rounded px-1 py-1.5 text-center whitespace-nowrap tabular-nums no-underline"
            >
              {r.id === "final" ? t("status.final") : r.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
